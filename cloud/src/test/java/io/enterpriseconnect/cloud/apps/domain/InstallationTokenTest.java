package io.enterpriseconnect.cloud.apps.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.cloud.platform.SecureToken;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstallationTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void tokenLooksLikeGitHubsAndExpiresAfterItsLifetime() {
        InstallationToken.Issued issued = InstallationToken.issue(null, NOW, Duration.ofHours(1));
        assertTrue(issued.token().matches("ghs_[0-9A-Za-z]{36}"), issued.token());
        assertEquals(NOW.plus(Duration.ofHours(1)), issued.stored().getExpiresAt());
        assertFalse(issued.stored().isExpired(NOW.plusSeconds(3599)));
        assertTrue(issued.stored().isExpired(NOW.plusSeconds(3600)));
    }

    @Test
    void onlyTheSha256OfTheTokenIsStored() {
        InstallationToken.Issued issued = InstallationToken.issue(null, NOW, Duration.ofHours(1));
        assertEquals(SecureToken.sha256(issued.token()), issued.stored().getTokenHash());
        assertEquals(64, issued.stored().getTokenHash().length());
        assertFalse(issued.stored().getTokenHash().contains(issued.token().substring(4)));
    }

    @Test
    void everyTokenIsDifferent() {
        assertNotEquals(InstallationToken.issue(null, NOW, Duration.ofHours(1)).token(),
                InstallationToken.issue(null, NOW, Duration.ofHours(1)).token());
    }

    @Test
    void sha256MatchesTheKnownDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecureToken.sha256("abc"));
    }
}
