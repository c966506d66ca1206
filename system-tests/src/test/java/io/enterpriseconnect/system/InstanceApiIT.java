package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.ADMIN;
import static io.enterpriseconnect.system.Http.ADMIN_PASSWORD;
import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The instance's API from the outside, over HTTP, as a script would use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstanceApiIT {

    private static final String MEMBER_PASSWORD = "member password 1234";

    @Deployment(testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Test
    void connectStateIsNotEnabledOnANewInstance() {
        HttpResponse<String> response = Http.get(INSTANCE + "/api/connect", ADMIN, ADMIN_PASSWORD);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"callerMayManage\":true"), response.body());
        assertTrue(response.body().contains("\"state\":\"NOT_ENABLED\""), response.body());
    }

    @Test
    void anonymousApiCallsGetA401InJson() {
        HttpResponse<String> response = Http.get(INSTANCE + "/api/connect");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().contains("\"status\":401"), response.body());
    }

    @Test
    void wrongPasswordsGetA401() {
        assertEquals(401, Http.get(INSTANCE + "/api/connect", ADMIN, "not the password").statusCode());
    }

    @Test
    void unknownRoutesGetA404InJsonNamingTheRoute() {
        HttpResponse<String> response = Http.get(INSTANCE + "/api/no-such-thing", ADMIN, ADMIN_PASSWORD);
        assertEquals(404, response.statusCode());
        assertEquals("{\"status\":404,\"message\":\"No such API route: GET /api/no-such-thing\"}", response.body());
    }

    @Test
    void badInputGetsA400NamingTheField() {
        HttpResponse<String> response = Http.postJson(INSTANCE + "/api/users",
                "{\"login\":\"Not Valid\",\"password\":\"long enough password\",\"roles\":[\"member\"]}", ADMIN, ADMIN_PASSWORD);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"field\":\"login\""), response.body());
    }

    @Test
    void malformedJsonGetsA400NotA500() {
        HttpResponse<String> response = Http.postJson(INSTANCE + "/api/users", "{not json", ADMIN, ADMIN_PASSWORD);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("{\"status\":400"), response.body());
    }

    @Test
    void membersAreRefusedWhatOnlySiteAdministratorsMayDo() {
        String member = "member-" + System.nanoTime();
        assertEquals(201, Http.postJson(INSTANCE + "/api/users", "{\"login\":\"" + member + "\",\"password\":\""
                + MEMBER_PASSWORD + "\",\"roles\":[\"member\"]}", ADMIN, ADMIN_PASSWORD).statusCode());

        HttpResponse<String> refused = Http.postJson(INSTANCE + "/api/users",
                "{\"login\":\"x" + member + "\",\"password\":\"long enough password\",\"roles\":[\"site-admin\"]}",
                member, MEMBER_PASSWORD);

        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("\"status\":403"), refused.body());
    }

    @Test
    void membersSeeTheConnectStateButMayNotManageIt() {
        String member = "viewer-" + System.nanoTime();
        Http.postJson(INSTANCE + "/api/users", "{\"login\":\"" + member + "\",\"password\":\""
                + MEMBER_PASSWORD + "\",\"roles\":[\"member\"]}", ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> response = Http.get(INSTANCE + "/api/connect", member, MEMBER_PASSWORD);

        assertTrue(response.body().contains("\"callerMayManage\":false"), response.body());
    }

    @Test
    void readinessReportsTheDatabaseAndTheCloudLink() {
        HttpResponse<String> response = Http.get(Http.MANAGEMENT + "/health/ready");
        assertTrue(response.body().contains("\"name\":\"instance-database\",\"status\":\"UP\""), response.body());
        assertTrue(response.body().contains("\"name\":\"cloud-link\""), response.body());
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        HttpResponse<String> response = Http.get(INSTANCE + "/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/connect"), response.body());
    }
}
