package io.enterpriseconnect.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The instance EAR that WildFly runs, deployed unchanged on Payara Server 6 (server/payara/provision.sh):
 * Hibernate from the EAR, Jakarta Security with the database identity store, MicroProfile Config and
 * Health, and the help search's Lucene (Kuromoji included) all work there.
 */
class PayaraSmokeIT {

    private static final String INSTANCE = System.getProperty("instance.url", "http://localhost:28080");
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = System.getProperty("test.admin.password");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void anAdministratorSignsInThroughTheFormAndSeesConnectNotEnabled() {
        WebDriver browser = chromium();
        try {
            browser.get(INSTANCE + "/admin/connect.xhtml");
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));
            browser.findElement(By.id("sign-in:login")).sendKeys(ADMIN);
            browser.findElement(By.id("sign-in:password")).sendKeys(ADMIN_PASSWORD);
            browser.findElement(By.id("sign-in:submit")).click();
            wait.until(ExpectedConditions.urlContains("/admin/connect.xhtml"));
            assertEquals("GitHub.com is not enabled yet", browser.findElement(By.id("not-enabled")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void theHelpSearchRunsLuceneFromTheEar() {
        HttpResponse<String> response = get(INSTANCE + "/help/search?lang=ja&version=enterprise-server@3.1&q="
                + URLEncoder.encode("統合", StandardCharsets.UTF_8), null);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("enabling-unified-contributions-between-github-enterprise-server-and-githubcom"), response.body());
    }

    @Test
    void theApiAnswersAnAdministratorWithBasicCredentials() {
        HttpResponse<String> response = get(INSTANCE + "/api/connect", basic(ADMIN, ADMIN_PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"callerMayManage\":true"), response.body());
        assertTrue(response.body().contains("\"state\":\"NOT_ENABLED\""), response.body());
    }

    @Test
    void theApiRefusesAWrongPasswordWithA401InJson() {
        HttpResponse<String> response = get(INSTANCE + "/api/connect", basic(ADMIN, "not the password"));
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":401"), response.body());
    }

    @Test
    void readinessOnPayarasEndpointReportsTheDatabaseAndTheCloudLink() {
        HttpResponse<String> response = get(INSTANCE + "/health/ready", null);
        String body = response.body().replaceAll("\\s", "");
        assertEquals(200, response.statusCode(), body);
        assertTrue(body.contains("\"name\":\"instance-database\",\"status\":\"UP\""), body);
        assertEquals(1, body.split("\"name\":\"instance-database\"", -1).length - 1, "reported once: " + body);
        // Nothing listens at the cloud address the smoke test configures: reported, and still UP.
        assertTrue(body.matches(".*\\{\"name\":\"cloud-link\",\"status\":\"UP\",\"data\":\\{[^}]*\"answers\":\"?false.*"), body);
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String url, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }
}
