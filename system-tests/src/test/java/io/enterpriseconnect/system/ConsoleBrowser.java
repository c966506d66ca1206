package io.enterpriseconnect.system;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, signed in to the instance's console and the cloud's pages as a person would be.
 *
 * <p>Pages swap parts of themselves while a test watches (the sync page replaces its sections when a run
 * starts or ends). So no method holds an element across polls: every wait finds its element afresh on
 * each poll, and an element replaced between finding and reading it counts as "not yet" (see
 * {@link #until}).
 */
final class ConsoleBrowser implements AutoCloseable {

    /** How long a page may take to show what a test waits for: generous, as CI machines are shared and slow. */
    static final Duration PATIENCE = Duration.ofSeconds(45);

    private final WebDriver driver;

    ConsoleBrowser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
    }

    void signInToCloud(String login, String password) {
        driver.get(Http.CLOUD + "/sign-in");
        driver.findElement(By.id("sign-in:login")).sendKeys(login);
        driver.findElement(By.id("sign-in:password")).sendKeys(password);
        driver.findElement(By.id("sign-in:submit")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
    }

    void signInToInstance(String login, String password) {
        driver.get(Http.INSTANCE + "/admin/connect.xhtml");
        waitFor().until(ExpectedConditions.urlContains("/login.xhtml"));
        driver.findElement(By.id("sign-in:login")).sendKeys(login);
        driver.findElement(By.id("sign-in:password")).sendKeys(password);
        driver.findElement(By.id("sign-in:submit")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin/connect.xhtml"));
    }

    void open(String url) {
        driver.get(url);
    }

    void click(String id) {
        clickWhenReady(By.id(id));
    }

    /** On the cloud's Connect page: the Connect button in the row of {@code account}. */
    void clickConnectFor(String account) {
        waitFor().until(ExpectedConditions.urlContains("/connect/authorize"));
        clickWhenReady(By.xpath("//span[@class='account-login' and text()='" + account
                + "']/ancestor::li//input[contains(@name,'connect-account')]"));
    }

    List<String> accountsOffered() {
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("connectable-accounts")));
        return until(PATIENCE, d -> d.findElements(By.cssSelector("#connectable-accounts .account-login")).stream()
                .map(WebElement::getText).toList());
    }

    /** Creates a cloud user on the cloud's sign-up page; the browser is then signed in to the cloud as them. */
    void signUpToCloud(String login, String password) {
        driver.get(Http.CLOUD + "/sign-up");
        driver.findElement(By.id("sign-up:login")).sendKeys(login);
        driver.findElement(By.id("sign-up:email")).sendKeys(login + "@example.com");
        driver.findElement(By.id("sign-up:password")).sendKeys(password);
        driver.findElement(By.id("sign-up:submit")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-up")));
    }

    /** Clicks the first element the XPath finds (a button in a given table row, say). */
    void clickXpath(String xpath) {
        clickWhenReady(By.xpath(xpath));
    }

    /** Waits, without reloading, until the element's text contains {@code text}. */
    void awaitText(String id, String text, Duration within) {
        until(within, d -> d.findElement(By.id(id)).getText().contains(text));
    }

    /** Waits until the page's flash messages say {@code text} (after an action and its redirect). */
    void awaitMessage(String text) {
        awaitText("messages", text, PATIENCE);
    }

    void awaitVisible(String id) {
        until(PATIENCE, d -> d.findElement(By.id(id)).isDisplayed());
    }

    String attribute(String id, String name) {
        return until(PATIENCE, d -> d.findElement(By.id(id)).getAttribute(name));
    }

    boolean isChecked(String id) {
        return until(PATIENCE, d -> List.of(d.findElement(By.id(id)).isSelected())).get(0);
    }

    String textOf(String id) {
        return until(PATIENCE, d -> {
            WebElement element = d.findElement(By.id(id));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    boolean isVisible(String id) {
        return until(PATIENCE, d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return List.of(!found.isEmpty() && found.get(0).isDisplayed());
        }).get(0);
    }

    String page() {
        return driver.getPageSource();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The hostnames of the instances on a cloud account's settings page. */
    List<String> instancesConnectedTo(String account) {
        driver.get(Http.CLOUD + "/account?login=" + account);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("connected-instances")));
        return driver.findElements(By.cssSelector("#connected-instances .instance-card h3")).stream()
                .map(WebElement::getText).toList();
    }

    /** The browser itself, for checks on the page as rendered (layout, accessibility, screenshots). */
    WebDriver driver() {
        return driver;
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, PATIENCE);
    }

    /**
     * Polls {@code condition} until it gives a value other than null or {@code false}. Each poll finds its
     * elements again; an element the page replaced between being found and being read (Selenium's stale
     * reference, or Chromium's "Node with given id does not belong to the document") means "not yet".
     * Conditions that answer a boolean which may rightly be false wrap it in a list.
     */
    <T> T until(Duration within, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, within).until(d -> {
            try {
                return condition.apply(d);
            } catch (StaleElementReferenceException | NoSuchElementException | ElementClickInterceptedException e) {
                return null;
            } catch (WebDriverException e) {
                if (replacedNode(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    static boolean replacedNode(WebDriverException e) {
        String message = e.getMessage();
        return message != null && (message.contains("does not belong to the document")
                || message.contains("No node with given id") || message.contains("Node is detached"));
    }

    private void clickWhenReady(By locator) {
        until(PATIENCE, d -> {
            WebElement element = d.findElement(locator);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
