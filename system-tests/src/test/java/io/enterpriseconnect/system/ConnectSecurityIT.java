package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.ADMIN;
import static io.enterpriseconnect.system.Http.ADMIN_PASSWORD;
import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may do what with GitHub Connect, and what a forged or replayed callback gets. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectSecurityIT {

    private static final String PASSWORD = "a long enough password";
    private final InstanceConnect admin = InstanceConnect.admin();

    @Deployment(name = "instance", order = 2, testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    @BeforeEach
    @AfterEach
    void notEnabled() {
        admin.reset();
    }

    private static InstanceConnect user(String role) {
        String login = role.replace("-", "") + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = Http.postJson(INSTANCE + "/api/users", "{\"login\":\"" + login + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"]}", ADMIN, ADMIN_PASSWORD);
        assertEquals(201, created.statusCode(), created.body());
        return new InstanceConnect(login, PASSWORD);
    }

    @Test
    void membersAndEnterpriseOwnersAreRefusedEveryChangeAndTheAuditLog() {
        for (String role : List.of("member", "enterprise-owner")) {
            InstanceConnect someone = user(role);
            Map<String, Function<InstanceConnect, HttpResponse<String>>> changes = Map.of(
                    "enable", InstanceConnect::enable,
                    "authorize-url", InstanceConnect::authorizeUrl,
                    "complete", c -> c.complete("abc", "def"),
                    "disable", InstanceConnect::disable,
                    "test", InstanceConnect::test,
                    "audit", InstanceConnect::audit);
            changes.forEach((name, call) -> {
                HttpResponse<String> refused = call.apply(someone);
                assertEquals(403, refused.statusCode(), role + " " + name + ": " + refused.body());
                assertTrue(refused.body().contains("\"status\":403"), refused.body());
            });
            HttpResponse<String> status = someone.status();
            assertEquals(200, status.statusCode());
            assertTrue(status.body().contains("\"callerMayManage\":false"), status.body());
        }
        assertEquals("NOT_ENABLED", admin.state(), "nothing the refused calls asked for happened");
    }

    @Test
    void enablingNeedsTheAddendumAcceptedAndNamesTheField() {
        HttpResponse<String> refused = Http.postJson(INSTANCE + "/api/connect/enable", "{}", ADMIN, ADMIN_PASSWORD);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("\"field\":\"acceptAddendum\""), refused.body());
        assertEquals(200, admin.enable().statusCode());
        assertEquals(409, admin.enable().statusCode(), "enabling twice");
    }

    @Test
    void aStateTheInstanceNeverIssuedIsRefused() {
        admin.enable();
        HttpResponse<String> refused = admin.complete("0123456789abcdef", "forged-state-value");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("\"field\":\"state\""), refused.body());
        assertEquals("ENABLED", admin.state());
    }

    @Test
    void anotherAdministratorCannotFinishAConnectionSomeoneElseStarted() {
        CloudSession cloud = CloudSession.signedInAsOwner();
        URI back = admin.enableAndConnectOnCloud(cloud, "octo-org");
        InstanceConnect other = user("site-admin");
        HttpResponse<String> refused = other.complete(CloudSession.queryParameter(back, "code"),
                CloudSession.queryParameter(back, "state"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("another administrator"), refused.body());
        HttpResponse<String> own = admin.complete(CloudSession.queryParameter(back, "code"),
                CloudSession.queryParameter(back, "state"));
        assertEquals(200, own.statusCode(), "the refusal did not use the state up: " + own.body());
    }

    @Test
    void aCodeAndAStateWorkOnce() {
        CloudSession cloud = CloudSession.signedInAsOwner();
        URI back = admin.enableAndConnectOnCloud(cloud, "octo-org");
        String code = CloudSession.queryParameter(back, "code");
        String state = CloudSession.queryParameter(back, "state");
        assertEquals(200, admin.complete(code, state).statusCode());

        HttpResponse<String> replayed = admin.complete(code, state);
        assertEquals(400, replayed.statusCode());
        assertTrue(replayed.body().contains("\"field\":\"state\"") && replayed.body().contains("already used"),
                replayed.body());

        admin.disable();
        admin.enable();
        String freshState = CloudSession.queryParameter(URI.create(InstanceConnect.field(admin.authorizeUrl().body(), "url")),
                "state");
        HttpResponse<String> oldCode = admin.complete(code, freshState);
        assertEquals(400, oldCode.statusCode(), oldCode.body());
        assertTrue(oldCode.body().contains("\"field\":\"code\""), oldCode.body());
        assertEquals("ENABLED", admin.state(), "nothing half-connected");
    }

    @Test
    void noPrivateKeyOrTokenEverAppearsInAnswersOrTheServerLog() throws IOException {
        Path log = Path.of(System.getProperty("wildfly.log"));
        long logBefore = Files.size(log);
        String connected = admin.connect(CloudSession.signedInAsOwner(), "octo-org");
        List<String> answers = List.of(connected, admin.status().body(), admin.audit().body(), admin.test().body(),
                admin.disable().body());
        for (String answer : answers) {
            assertFalse(answer.contains("PRIVATE KEY") || answer.contains("ghs_"), answer);
        }
        String logged = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).substring((int) logBefore);
        assertFalse(logged.contains("PRIVATE KEY"), "a private key in the server log");
        assertFalse(logged.contains("ghs_"), "an installation token in the server log");
    }

    @Test
    void badInputIsA400NamingTheField() {
        HttpResponse<String> noCode = Http.postJson(INSTANCE + "/api/connect/complete", "{}", ADMIN, ADMIN_PASSWORD);
        assertEquals(400, noCode.statusCode());
        assertTrue(noCode.body().contains("\"field\":\"code\""), noCode.body());
        HttpResponse<String> badLimit = Http.get(INSTANCE + "/api/audit?limit=lots", ADMIN, ADMIN_PASSWORD);
        assertEquals(400, badLimit.statusCode());
        assertTrue(badLimit.body().contains("\"field\":\"limit\""), badLimit.body());
        assertEquals(409, admin.authorizeUrl().statusCode(), "no trip to the cloud before Connect is enabled");
    }
}
