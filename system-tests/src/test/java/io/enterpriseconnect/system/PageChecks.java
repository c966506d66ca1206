package io.enterpriseconnect.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Checks on a page as the browser renders it: axe-core's accessibility rules (the engine installed from the npm
 * registry by the build, see system-tests/pom.xml), horizontal overflow at a given width, media emulation, and
 * screenshots saved under target/help-screenshots for a reviewer.
 */
final class PageChecks {

    private static final Path AXE = Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/help-screenshots"));

    private final WebDriver driver;

    PageChecks(ConsoleBrowser browser) {
        this.driver = browser.driver();
    }

    /** Sets the viewport (not the window) to this width, so that {@code window.innerWidth} is exactly it. */
    void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Emulates a media type ("print" or "screen") and colour scheme ("light" or "dark"). */
    void media(String type, String colorScheme) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    /** The axe-core violations of impact serious or critical on the current page, one line each. */
    List<String> seriousAccessibilityViolations() {
        String axe;
        try {
            axe = Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by the build (npm, process-test-resources): " + AXE, e);
        }
        js().executeScript(axe);
        Object result = js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))
                  .catch(error => done(['axe failed: ' + error]));
                """);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        return violations;
    }

    /** How many CSS pixels the page is wider than the viewport (0 when nothing overflows horizontally). */
    long horizontalOverflow() {
        return ((Number) js().executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);")).longValue();
    }

    /** The elements matching a selector whose box sticks out of the viewport on the left or right. */
    List<String> clippedHorizontally(String selector) {
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) js().executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                    .filter(e => e.getClientRects().length > 0)
                    .filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > document.documentElement.clientWidth + 0.5; })
                    .map(e => (e.id || e.className || e.tagName) + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right));
                """, selector);
        return clipped;
    }

    Object script(String script, Object... arguments) {
        return js().executeScript(script, arguments);
    }

    /** Saves a screenshot of the viewport as {@code target/help-screenshots/{name}.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
