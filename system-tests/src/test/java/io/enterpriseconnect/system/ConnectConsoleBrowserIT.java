package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.ADMIN;
import static io.enterpriseconnect.system.Http.ADMIN_PASSWORD;
import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A real browser signs in to the console and reads the GitHub Connect page in both languages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectConsoleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    private ConsoleBrowser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorSignsInAndSeesConnectNotEnabledInEnglish() {
        browser = signedIn("en-US");
        assertEquals("GitHub.com is not enabled yet", browser.textOf("not-enabled"));
    }

    @Test
    void aJapaneseBrowserGetsTheConsoleInJapanese() {
        browser = signedIn("ja-JP");
        assertEquals("GitHub.com はまだ有効になっていません", browser.textOf("not-enabled"));
        assertEquals("GitHub Connect を有効化", browser.attribute("enable:submit", "value"),
                "the label the Japanese help glosses the button with");
    }

    @Test
    void theLanguageSwitchChangesTheConsoleLanguage() {
        browser = signedIn("en-US");
        browser.click("language:ja");
        browser.awaitText("not-enabled", "GitHub.com はまだ有効になっていません", ConsoleBrowser.PATIENCE);
        browser.click("language:en");
        browser.awaitText("not-enabled", "GitHub.com is not enabled yet", ConsoleBrowser.PATIENCE);
    }

    @Test
    void theHelpLinkOpensTheArticleInTheConsoleLanguageAndProductVersion() {
        browser = signedIn("ja-JP");
        browser.open(browser.attribute("help-link", "href"));
        assertEquals(INSTANCE + "/help/ja/enterprise-server@3.1/admin/configuration/"
                + "managing-connections-between-github-enterprise-server-and-github-enterprise-cloud/"
                + "connecting-github-enterprise-server-to-github-enterprise-cloud", browser.url());
        assertEquals("GitHub Enterprise ServerからGitHub Enterprise Cloudに接続する",
                browser.until(ConsoleBrowser.PATIENCE, d -> d.findElement(By.tagName("h1")).getText()));
    }

    private static ConsoleBrowser signedIn(String language) {
        ConsoleBrowser browser = new ConsoleBrowser(language);
        browser.signInToInstance(ADMIN, ADMIN_PASSWORD);
        return browser;
    }
}
