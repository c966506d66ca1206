package io.enterpriseconnect.cloud.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Duration MAX = Duration.ofMinutes(30);

    private static final class Code extends OneTimeCode {
        Code(Duration lifetime) {
            super(newCode(), NOW, lifetime, MAX);
        }
    }

    @Test
    void aNewCodeIsFortyHexDigitsAndItsHashIsSha256() {
        String code = OneTimeCode.newCode();
        assertTrue(code.matches("[0-9a-f]{40}"), code);
        assertEquals(SecureToken.sha256(code), OneTimeCode.hash(code));
    }

    @Test
    void aCodeWorksOnce() {
        Code code = new Code(Duration.ofMinutes(10));
        assertTrue(code.isRedeemable(NOW));
        code.markUsed(NOW.plusSeconds(5));
        assertFalse(code.isRedeemable(NOW.plusSeconds(6)));
        assertThrows(IllegalStateException.class, () -> code.markUsed(NOW.plusSeconds(7)));
    }

    @Test
    void aCodeExpiresAtTheEndOfItsLifetime() {
        Code code = new Code(Duration.ofMinutes(10));
        assertTrue(code.isRedeemable(NOW.plus(Duration.ofMinutes(10)).minusSeconds(1)));
        assertFalse(code.isRedeemable(NOW.plus(Duration.ofMinutes(10))));
        assertThrows(IllegalStateException.class, () -> code.markUsed(NOW.plus(Duration.ofMinutes(11))));
    }

    @Test
    void aLifetimeAboveTheMaximumIsCutToIt() {
        assertEquals(NOW.plus(MAX), new Code(Duration.ofDays(1)).getExpiresAt());
    }
}
