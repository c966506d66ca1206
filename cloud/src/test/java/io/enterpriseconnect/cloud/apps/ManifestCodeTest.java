package io.enterpriseconnect.cloud.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.cloud.platform.SecureTokens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ManifestCodeTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final ConnectRequest REQUEST = new ConnectRequest("s", "https://ghe.example.com/cb",
            "ghe.example.com", "3.1.0", "Acme");

    @Test
    void codeIsStoredOnlyAsItsHash() {
        ManifestCode.Issued issued = ManifestCode.issue(null, "octocat", REQUEST, NOW, Duration.ofMinutes(10));
        assertTrue(issued.code().matches("[0-9a-f]{40}"), issued.code());
        assertEquals(SecureTokens.sha256(issued.code()), ManifestCode.hash(issued.code()));
    }

    @Test
    void codeWorksOnce() {
        ManifestCode code = ManifestCode.issue(null, "octocat", REQUEST, NOW, Duration.ofMinutes(10)).stored();
        assertTrue(code.isRedeemable(NOW));
        code.markUsed(NOW.plusSeconds(5));
        assertFalse(code.isRedeemable(NOW.plusSeconds(6)));
        assertThrows(IllegalStateException.class, () -> code.markUsed(NOW.plusSeconds(7)));
    }

    @Test
    void codeExpires() {
        ManifestCode code = ManifestCode.issue(null, "octocat", REQUEST, NOW, Duration.ofMinutes(10)).stored();
        assertTrue(code.isRedeemable(NOW.plus(Duration.ofMinutes(10)).minusSeconds(1)));
        assertFalse(code.isRedeemable(NOW.plus(Duration.ofMinutes(10))));
        assertThrows(IllegalStateException.class, () -> code.markUsed(NOW.plus(Duration.ofMinutes(11))));
    }

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
