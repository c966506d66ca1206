package io.enterpriseconnect.cloud.contributions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import org.junit.jupiter.api.Test;

class UserLinkRequestTest {

    @Test
    void theCodeAndStateGoBackToTheInstance() {
        UserLinkRequest request = new UserLinkRequest("Iv1.abc", "s t", "https://ghe.example.com/settings/connect/cb?x=1", "mona");
        request.validateFor("ghe.example.com");
        assertEquals("https://ghe.example.com/settings/connect/cb?x=1&code=c0de&state=s+t", request.callbackWith("c0de"));
        assertEquals("https://ghe.example.com/settings/connect/cb?x=1&error=access_denied&state=s+t",
                request.callbackDenied());
    }

    @Test
    void theRedirectMustBeOnTheInstancesHostname() {
        UserLinkRequest request = new UserLinkRequest("Iv1.abc", "s", "https://evil.example/cb", "mona");
        request.validate();
        assertInvalid("redirect_uri", () -> request.validateFor("ghe.example.com"));
    }

    @Test
    void everyParameterIsRequired() {
        assertInvalid("client_id", () -> new UserLinkRequest(null, "s", "https://ghe/cb", "mona").validate());
        assertInvalid("state", () -> new UserLinkRequest("c", "", "https://ghe/cb", "mona").validate());
        assertInvalid("redirect_uri", () -> new UserLinkRequest("c", "s", null, "mona").validate());
        assertInvalid("instance_login", () -> new UserLinkRequest("c", "s", "https://ghe/cb", " ").validate());
    }

    @Test
    void theInstanceLoginIsAPlainLogin() {
        new UserLinkRequest("c", "s", "https://ghe/cb", "mona.lisa-2").validate();
        assertInvalid("instance_login", () -> new UserLinkRequest("c", "s", "https://ghe/cb", "mona <admin>").validate());
        assertInvalid("instance_login", () -> new UserLinkRequest("c", "s", "https://ghe/cb", "x".repeat(101)).validate());
    }

    private static void assertInvalid(String field, Runnable check) {
        RequestRefusedException problem = assertThrows(RequestRefusedException.class, check::run);
        assertEquals(422, problem.status());
        assertEquals(field, problem.field());
    }
}
