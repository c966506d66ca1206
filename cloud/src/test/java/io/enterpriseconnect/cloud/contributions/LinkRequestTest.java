package io.enterpriseconnect.cloud.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enterpriseconnect.cloud.platform.Problem;
import org.junit.jupiter.api.Test;

class LinkRequestTest {

    @Test
    void theCodeAndStateGoBackToTheInstance() {
        LinkRequest request = new LinkRequest("Iv1.abc", "s t", "https://ghe.example.com/settings/connect/cb?x=1", "mona");
        request.validateFor("ghe.example.com");
        assertEquals("https://ghe.example.com/settings/connect/cb?x=1&code=c0de&state=s+t", request.callbackWith("c0de"));
        assertEquals("https://ghe.example.com/settings/connect/cb?x=1&error=access_denied&state=s+t",
                request.callbackDenied());
    }

    @Test
    void theRedirectMustBeOnTheInstancesHostname() {
        LinkRequest request = new LinkRequest("Iv1.abc", "s", "https://evil.example/cb", "mona");
        request.validate();
        assertInvalid("redirect_uri", () -> request.validateFor("ghe.example.com"));
    }

    @Test
    void everyParameterIsRequired() {
        assertInvalid("client_id", () -> new LinkRequest(null, "s", "https://ghe/cb", "mona").validate());
        assertInvalid("state", () -> new LinkRequest("c", "", "https://ghe/cb", "mona").validate());
        assertInvalid("redirect_uri", () -> new LinkRequest("c", "s", null, "mona").validate());
        assertInvalid("instance_login", () -> new LinkRequest("c", "s", "https://ghe/cb", " ").validate());
    }

    @Test
    void theInstanceLoginIsAPlainLogin() {
        new LinkRequest("c", "s", "https://ghe/cb", "mona.lisa-2").validate();
        assertInvalid("instance_login", () -> new LinkRequest("c", "s", "https://ghe/cb", "mona <admin>").validate());
        assertInvalid("instance_login", () -> new LinkRequest("c", "s", "https://ghe/cb", "x".repeat(101)).validate());
    }

    private static void assertInvalid(String field, Runnable check) {
        Problem problem = assertThrows(Problem.class, check::run);
        assertEquals(422, problem.status());
        assertEquals(field, problem.field());
    }
}
