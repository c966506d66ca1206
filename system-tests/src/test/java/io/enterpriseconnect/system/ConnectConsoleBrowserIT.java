package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.ADMIN;
import static io.enterpriseconnect.system.Http.ADMIN_PASSWORD;
import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser signs in to the console and reads the GitHub Connect page in both languages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectConsoleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorSignsInAndSeesConnectNotEnabledInEnglish() {
        browser = chromium("en-US");
        signIn();
        assertEquals("GitHub.com is not enabled yet", browser.findElement(By.id("not-enabled")).getText());
    }

    @Test
    void aJapaneseBrowserGetsTheConsoleInJapanese() {
        browser = chromium("ja-JP");
        signIn();
        assertEquals("GitHub.com はまだ有効になっていません", browser.findElement(By.id("not-enabled")).getText());
        assertEquals("GitHub Connect を有効化", browser.findElement(By.id("enable:submit")).getAttribute("value"),
                "the label the Japanese help glosses the button with");
    }

    @Test
    void theLanguageSwitchChangesTheConsoleLanguage() {
        browser = chromium("en-US");
        signIn();
        browser.findElement(By.id("language:ja")).click();
        new WebDriverWait(browser, ConsoleBrowser.PATIENCE).until(
                ExpectedConditions.textToBe(By.id("not-enabled"), "GitHub.com はまだ有効になっていません"));
        browser.findElement(By.id("language:en")).click();
        new WebDriverWait(browser, ConsoleBrowser.PATIENCE).until(
                ExpectedConditions.textToBe(By.id("not-enabled"), "GitHub.com is not enabled yet"));
    }

    @Test
    void theHelpLinkOpensTheArticleInTheConsoleLanguageAndProductVersion() {
        browser = chromium("ja-JP");
        signIn();
        String help = browser.findElement(By.id("help-link")).getAttribute("href");
        browser.get(help);
        assertEquals(INSTANCE + "/help/ja/enterprise-server@3.1/admin/configuration/"
                + "managing-connections-between-github-enterprise-server-and-github-enterprise-cloud/"
                + "connecting-github-enterprise-server-to-github-enterprise-cloud", browser.getCurrentUrl());
        assertEquals("GitHub Enterprise ServerからGitHub Enterprise Cloudに接続する", browser.findElement(By.tagName("h1")).getText());
    }

    private void signIn() {
        browser.get(INSTANCE + "/admin/connect.xhtml");
        new WebDriverWait(browser, ConsoleBrowser.PATIENCE).until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("sign-in:login")).sendKeys(ADMIN);
        browser.findElement(By.id("sign-in:password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("sign-in:submit")).click();
        new WebDriverWait(browser, ConsoleBrowser.PATIENCE).until(ExpectedConditions.urlContains("/admin/connect.xhtml"));
    }

    private static WebDriver chromium(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }
}
