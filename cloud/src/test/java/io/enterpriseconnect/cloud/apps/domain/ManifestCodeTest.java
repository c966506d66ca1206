package io.enterpriseconnect.cloud.apps.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ManifestCodeTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final ConnectRequest REQUEST = new ConnectRequest("s", "https://ghe.example.com/cb",
            "ghe.example.com", "3.1.0", "Acme");

    @Test
    void lifetimeNeverExceedsAnHour() {
        ManifestCode code = ManifestCode.issue(null, "octocat", REQUEST, NOW, Duration.ofDays(1)).stored();
        assertEquals(NOW.plus(Duration.ofHours(1)), code.getExpiresAt());
    }

    @Test
    void codeRemembersWhatTheInstanceSent() {
        ManifestCode code = ManifestCode.issue(null, "octocat", REQUEST, NOW, Duration.ofMinutes(10)).stored();
        assertEquals("ghe.example.com", code.getHostname());
        assertEquals("3.1.0", code.getVersion());
        assertEquals("Acme", code.getCustomerName());
        assertEquals("octocat", code.getCreatedBy());
    }
}
