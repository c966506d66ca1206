package io.enterpriseconnect.protocol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void everyResponseRefusesFramingAndSniffing() {
        Map<String, String> headers = SecurityHeaders.forResponse(false);
        assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
    }

    @Test
    void strictTransportSecurityOnlyOverTls() {
        assertFalse(SecurityHeaders.forResponse(false).containsKey("Strict-Transport-Security"),
                "over plain HTTP the header would be ignored, and must not pin a site that has no TLS yet");
        assertEquals("max-age=31536000", SecurityHeaders.forResponse(true).get("Strict-Transport-Security"));
    }
}
