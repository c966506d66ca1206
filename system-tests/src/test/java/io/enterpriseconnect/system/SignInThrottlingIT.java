package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.ADMIN;
import static io.enterpriseconnect.system.Http.ADMIN_PASSWORD;
import static io.enterpriseconnect.system.Http.CLOUD;
import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.cloud.apps.CloudBrowser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Password guessing against the instance and the cloud, through HTTP Basic and the sign-in pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottlingIT {

    private static final String PASSWORD = "a long enough password";

    @Deployment(name = "instance", order = 2, testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    private static String newMember() {
        String login = "guessed" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = Http.postJson(INSTANCE + "/api/users", "{\"login\":\"" + login + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"member\"]}", ADMIN, ADMIN_PASSWORD);
        assertEquals(201, created.statusCode(), created.body());
        return login;
    }

    @Test
    void theEleventhAttemptAfterTenWrongPasswordsIsRefusedUncheckedAndTheLockOutAudited() {
        String login = newMember();
        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> wrong = Http.get(INSTANCE + "/api/connect", login, "wrong password " + i);
            assertEquals(401, wrong.statusCode(), "attempt " + i + ": " + wrong.body());
        }
        HttpResponse<String> eleventh = Http.get(INSTANCE + "/api/connect", login, PASSWORD);
        assertEquals(429, eleventh.statusCode(), "even the right password waits: " + eleventh.body());
        long retryAfter = Long.parseLong(eleventh.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
        assertTrue(eleventh.body().contains("\"status\":429"), eleventh.body());

        HttpResponse<String> audit = Http.get(INSTANCE + "/api/audit?limit=50", ADMIN, ADMIN_PASSWORD);
        assertEquals(200, audit.statusCode(), "another account from the same address is not locked out");
        assertTrue(audit.body().contains("\"actor\":\"" + login + "\",\"action\":\"sign-in-locked-out\""), audit.body());
    }

    @Test
    void theSignInPageSaysWhyALockedOutUserMustWait() {
        String login = newMember();
        for (int i = 1; i <= 10; i++) {
            assertEquals(401, Http.get(INSTANCE + "/api/connect", login, "wrong password " + i).statusCode());
        }
        CloudBrowser browser = new CloudBrowser(INSTANCE);
        HttpResponse<String> page = browser.submit(browser.get("/login.xhtml"), "sign-in", "sign-in:submit",
                Map.of("sign-in:login", login, "sign-in:password", PASSWORD, "sign-in:next", "/settings/connect.xhtml"));
        assertEquals(200, page.statusCode(), () -> "stays on the sign-in page: " + page.body());
        assertTrue(page.body().contains("Too many wrong passwords in a row"), page.body());
    }

    @Test
    void aWrongPasswordOnTheSignInPageSaysSoOnThePage() {
        String login = newMember();
        CloudBrowser browser = new CloudBrowser(INSTANCE);
        HttpResponse<String> page = browser.submit(browser.get("/login.xhtml"), "sign-in", "sign-in:submit",
                Map.of("sign-in:login", login, "sign-in:password", "not " + PASSWORD, "sign-in:next", "/settings/connect.xhtml"));
        assertEquals(200, page.statusCode(), () -> "stays on the sign-in page: " + page.body());
        assertTrue(page.body().contains("Incorrect username or password."), page.body());
        assertTrue(page.body().contains("id=\"sign-in\""), "the form is there to try again");
    }

    @Test
    void theCloudAnswersGuessingWithGitHubsLockOutAfterTenWrongPasswords() {
        String login = "guessed" + Long.toString(System.nanoTime(), 36);
        CloudBrowser signUp = new CloudBrowser(CLOUD);
        HttpResponse<String> created = signUp.submit(signUp.get("/sign-up"), "sign-up", "sign-up:submit", Map.of(
                "sign-up:login", login, "sign-up:email", login + "@example.com", "sign-up:password", PASSWORD));
        assertEquals(302, created.statusCode(), created.body());
        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> wrong = Http.get(CLOUD + "/api/v3/user", login, "wrong password " + i);
            assertEquals(401, wrong.statusCode(), "attempt " + i + ": " + wrong.body());
        }
        HttpResponse<String> eleventh = Http.get(CLOUD + "/api/v3/user", login, PASSWORD);
        assertEquals(403, eleventh.statusCode(), eleventh.body());
        assertTrue(eleventh.body().contains("Maximum number of login attempts exceeded"), eleventh.body());
        assertTrue(eleventh.headers().firstValue("Retry-After").isPresent());

        CloudBrowser page = new CloudBrowser(CLOUD);
        HttpResponse<String> refused = page.submit(page.get("/sign-in"), "sign-in", "sign-in:submit",
                Map.of("sign-in:login", login, "sign-in:password", PASSWORD, "sign-in:next", "/"));
        assertTrue(refused.body().contains("Too many wrong passwords in a row"), refused.body());
    }
}
