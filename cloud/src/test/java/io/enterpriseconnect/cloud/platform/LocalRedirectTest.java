package io.enterpriseconnect.cloud.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalRedirectTest {

    @Test
    void localPathsAreKept() {
        assertEquals("/connect/authorize?state=x&redirect_uri=https%3A%2F%2Fghe",
                LocalRedirect.safe("/connect/authorize?state=x&redirect_uri=https%3A%2F%2Fghe"));
    }

    @Test
    void otherHostsAndOddPathsFallBackToHome() {
        assertEquals("/", LocalRedirect.safe("https://evil.example"));
        assertEquals("/", LocalRedirect.safe("//evil.example/x"));
        assertEquals("/", LocalRedirect.safe("/\\evil.example"));
        assertEquals("/", LocalRedirect.safe("/x\r\nSet-Cookie: a=b"));
        assertEquals("/", LocalRedirect.safe(null));
    }
}
