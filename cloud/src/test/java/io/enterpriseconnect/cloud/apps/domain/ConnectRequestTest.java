package io.enterpriseconnect.cloud.apps.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import org.junit.jupiter.api.Test;

class ConnectRequestTest {

    @Test
    void validRequestReturnsCodeAndStateToTheInstance() {
        ConnectRequest request = new ConnectRequest("a b&c", "https://ghe.example.com/settings/connect/callback",
                "ghe.example.com", "3.1.0", null);
        request.validate();
        assertEquals("https://ghe.example.com/settings/connect/callback?code=abc123&state=a+b%26c",
                request.callbackWith("abc123"));
    }

    @Test
    void existingQueryIsKept() {
        ConnectRequest request = new ConnectRequest("s", "http://localhost:8080/cb?x=1", "localhost", "3.1.0", null);
        request.validate();
        assertEquals("http://localhost:8080/cb?x=1&code=c&state=s", request.callbackWith("c"));
        assertEquals("http://localhost:8080/cb?x=1&error=access_denied&state=s", request.callbackDenied());
    }

    @Test
    void redirectToAnotherHostThanTheInstanceIsRefused() {
        assertInvalid("redirect_uri", new ConnectRequest("s", "https://evil.example/cb", "ghe.example.com", "3.1.0", null));
    }

    @Test
    void nonHttpOrRelativeRedirectIsRefused() {
        assertInvalid("redirect_uri", new ConnectRequest("s", "javascript:alert(1)", "ghe.example.com", "3.1.0", null));
        assertInvalid("redirect_uri", new ConnectRequest("s", "/cb", "ghe.example.com", "3.1.0", null));
        assertInvalid("redirect_uri", new ConnectRequest("s", "https://u:p@ghe.example.com/cb", "ghe.example.com", "3.1", null));
        assertInvalid("redirect_uri", new ConnectRequest("s", "https://ghe.example.com/cb#x", "ghe.example.com", "3.1", null));
    }

    @Test
    void missingFieldsAreNamed() {
        assertInvalid("state", new ConnectRequest(null, "https://ghe.example.com/cb", "ghe.example.com", "3.1.0", null));
        assertInvalid("hostname", new ConnectRequest("s", "https://ghe.example.com/cb", " ", "3.1.0", null));
        assertInvalid("version", new ConnectRequest("s", "https://ghe.example.com/cb", "ghe.example.com", null, null));
    }

    @Test
    void hostnameMustBeAHostName() {
        assertInvalid("hostname", new ConnectRequest("s", "https://ghe.example.com/cb", "ghe.example.com'><script>",
                "3.1.0", null));
    }

    private static void assertInvalid(String field, ConnectRequest request) {
        RequestRefusedException problem = assertThrows(RequestRefusedException.class, request::validate);
        assertEquals(422, problem.status());
        assertEquals(field, problem.field());
    }
}
