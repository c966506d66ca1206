package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The help in a real browser: layout from 320 to 1920 px (nothing overflows, the header's controls are never
 * clipped), screenshots at 1280 and 375 px in target/help-screenshots, axe-core on the help and console pages in
 * both languages, and keyboard use of the search, the skip link and the pickers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpBrowserIT {

    private static final String VERSION = "/enterprise-server@3.1";
    private static final String UNIFIED = "/admin/configuration/managing-connections-between-github-enterprise-server-and-github-enterprise-cloud/"
            + "enabling-unified-contributions-between-github-enterprise-server-and-githubcom";
    private static final String HEADER_CONTROLS = ".help-site-name, #help-search-input, .help-search-button, #version-picker summary, "
            + "#language-picker summary, .sidebar-toggle";

    @Deployment(testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    /** The help home, an article and a results page of a language, by the names their screenshots get. */
    private static Map<String, String> pages(String language) {
        String root = INSTANCE + "/help/" + language + VERSION;
        String query = language.equals("ja") ? "統合" : "unified contributions";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", root);
        pages.put("article", root + UNIFIED);
        pages.put("search", root + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return pages;
    }

    @ParameterizedTest
    @CsvSource({"en, 320", "ja, 320", "en, 375", "ja, 375", "en, 1280", "ja, 1280", "en, 1920", "ja, 1920"})
    void nothingOverflowsAndTheHeaderIsNeverClipped(String language, int width) {
        try (ConsoleBrowser browser = new ConsoleBrowser(language)) {
            PageChecks page = new PageChecks(browser);
            page.viewport(width, 900);
            for (Map.Entry<String, String> entry : pages(language).entrySet()) {
                browser.open(entry.getValue());
                browser.awaitVisible("help-search-input");
                if (width == 375 || width == 1280) {
                    page.screenshot(language + "-" + entry.getKey() + "-" + width);
                }
                assertEquals(0, page.horizontalOverflow(), entry.getKey() + " overflows at " + width + " px");
                assertEquals(List.of(), page.clippedHorizontally(HEADER_CONTROLS), entry.getKey() + " at " + width + " px");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void helpPagesHaveNoSeriousAccessibilityViolations(String language) {
        try (ConsoleBrowser browser = new ConsoleBrowser(language)) {
            PageChecks page = new PageChecks(browser);
            List<String> violations = new ArrayList<>();
            for (Map.Entry<String, String> entry : pages(language).entrySet()) {
                browser.open(entry.getValue());
                browser.awaitVisible("help-search-input");
                page.seriousAccessibilityViolations().forEach(violation -> violations.add(entry.getKey() + ": " + violation));
            }
            assertEquals(List.of(), violations);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void consolePagesHaveNoSeriousAccessibilityViolations(String language) {
        try (ConsoleBrowser browser = new ConsoleBrowser(language)) {
            PageChecks page = new PageChecks(browser);
            List<String> violations = new ArrayList<>();
            browser.open(INSTANCE + "/login.xhtml");
            browser.awaitVisible("sign-in:login");
            page.seriousAccessibilityViolations().forEach(violation -> violations.add("login: " + violation));
            browser.signInToInstance(Http.ADMIN, Http.ADMIN_PASSWORD);
            for (String console : List.of("/admin/connect.xhtml", "/admin/contributions/sync.xhtml", "/settings/connect.xhtml")) {
                browser.open(INSTANCE + console);
                browser.awaitVisible("help-search-input");
                page.seriousAccessibilityViolations().forEach(violation -> violations.add(console + ": " + violation));
            }
            assertEquals(List.of(), violations);
        }
    }

    @ParameterizedTest
    @CsvSource({"en, unified contrib", "ja, 統合"})
    void slashFocusesTheSearchBoxAndTheKeyboardPicksASuggestion(String language, String typed) {
        try (ConsoleBrowser browser = new ConsoleBrowser(language)) {
            browser.open(INSTANCE + "/help/" + language + VERSION);
            browser.awaitVisible("help-search-input");
            new Actions(browser.driver()).sendKeys("/").perform();
            WebElement input = browser.driver().switchTo().activeElement();
            assertEquals("help-search-input", input.getAttribute("id"));
            input.sendKeys(typed);
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#help-search-suggestions [role=option][data-href]")));
            assertEquals("true", input.getAttribute("aria-expanded"));
            input.sendKeys(Keys.ARROW_DOWN);
            assertTrue(input.getAttribute("aria-activedescendant").startsWith("help-search-input-option-"));
            input.sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.urlContains(UNIFIED));
        }
    }

    @Test
    void theSkipLinkComesFirstAndMovesFocusToTheContent() {
        try (ConsoleBrowser browser = new ConsoleBrowser("en")) {
            browser.open(INSTANCE + "/help/en" + VERSION + UNIFIED);
            browser.awaitVisible("help-search-input");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement skip = browser.driver().switchTo().activeElement();
            assertEquals("skip-link", skip.getAttribute("class"));
            assertTrue(skip.isDisplayed(), "the skip link shows when focused");
            skip.sendKeys(Keys.ENTER);
            browser.waitFor().until(driver -> "main-content".equals(driver.switchTo().activeElement().getAttribute("id")));
        }
    }

    @Test
    void theLanguagePickerWorksFromTheKeyboard() {
        try (ConsoleBrowser browser = new ConsoleBrowser("en")) {
            browser.open(INSTANCE + "/help/en" + VERSION + UNIFIED);
            browser.awaitVisible("help-search-input");
            WebElement summary = browser.driver().findElement(By.cssSelector("#language-picker summary"));
            summary.sendKeys(Keys.ENTER);
            WebElement japanese = browser.driver().findElement(By.cssSelector("#language-picker a[lang=ja]"));
            browser.waitFor().until(ExpectedConditions.visibilityOf(japanese));
            japanese.sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.urlContains("/help/ja" + VERSION + UNIFIED));
        }
    }

    @Test
    void onANarrowScreenTheSidebarOpensFromTheHeader() {
        try (ConsoleBrowser browser = new ConsoleBrowser("en")) {
            new PageChecks(browser).viewport(375, 800);
            browser.open(INSTANCE + "/help/en" + VERSION + UNIFIED);
            browser.awaitVisible("help-search-input");
            assertFalse(browser.isVisible("help-sidebar"));
            browser.driver().findElement(By.cssSelector("[data-sidebar-toggle]")).click();
            browser.awaitVisible("help-sidebar");
            assertEquals("true", browser.driver().findElement(By.cssSelector("[data-sidebar-toggle]")).getAttribute("aria-expanded"));
        }
    }

    @Test
    void darkModeFollowsTheSystemAndPrintHidesTheNavigation() {
        try (ConsoleBrowser browser = new ConsoleBrowser("en")) {
            PageChecks page = new PageChecks(browser);
            browser.open(INSTANCE + "/help/en" + VERSION + UNIFIED);
            browser.awaitVisible("help-search-input");
            page.media("screen", "dark");
            assertEquals("rgb(13, 17, 23)", page.script("return getComputedStyle(document.body).backgroundColor;"));
            page.media("print", "light");
            assertEquals("none", page.script("return getComputedStyle(document.querySelector('.help-header')).display;"));
            assertEquals("none", page.script("return getComputedStyle(document.querySelector('.help-sidebar')).display;"));
        }
    }

    @Test
    void headingsAreNotUnderlinedLinksAndShowALinkIconOnHover() {
        try (ConsoleBrowser browser = new ConsoleBrowser("en")) {
            PageChecks page = new PageChecks(browser);
            browser.open(INSTANCE + "/help/en" + VERSION + UNIFIED);
            WebElement anchor = browser.driver().findElement(By.cssSelector("#article-contents h2 a[href^='#']"));
            assertEquals("none", page.script("return getComputedStyle(arguments[0]).textDecorationLine;", anchor));
            assertEquals("0", page.script("return getComputedStyle(arguments[0], '::after').opacity;", anchor));
            new Actions(browser.driver()).moveToElement(anchor).perform();
            browser.waitFor().until(driver -> "1".equals(page.script("return getComputedStyle(arguments[0], '::after').opacity;", anchor)));
        }
    }

    @Test
    void theConsoleHeaderSearchesTheHelpInTheUsersLanguage() {
        try (ConsoleBrowser browser = new ConsoleBrowser("ja")) {
            browser.signInToInstance(Http.ADMIN, Http.ADMIN_PASSWORD);
            browser.awaitVisible("help-search-input");
            new Actions(browser.driver()).sendKeys("/").perform();
            WebElement input = browser.driver().switchTo().activeElement();
            assertEquals("help-search-input", input.getAttribute("id"));
            input.sendKeys("統合", Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.urlContains("/help/ja" + VERSION + "/search?q="));
            browser.awaitVisible("search-results-heading");
            assertTrue(browser.page().contains(UNIFIED), "the unified contributions article is among the results");
        }
    }
}
