package io.enterpriseconnect.instance.connect.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.instance.connect.infrastructure.JpaAuthorizationRequestRepository;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {

    private static final Instant ISSUED = Instant.parse("2026-11-21T10:00:00Z");

    private static AuthorizationRequest request() {
        return new AuthorizationRequest("hash", "admin", "https://ghe.example.com", ISSUED, ISSUED.plusSeconds(900));
    }

    @Test
    void theAdministratorWhoStartedRedeemsItOnce() {
        AuthorizationRequest request = request();
        request.redeem("admin", ISSUED.plusSeconds(60));
        assertEquals(ISSUED.plusSeconds(60), request.getUsedAt());
        var again = assertThrows(InvalidInputException.class, () -> request.redeem("admin", ISSUED.plusSeconds(61)));
        assertEquals("state", again.field());
        assertTrue(again.problem().contains("already used"));
    }

    @Test
    void anExpiredStateIsRefused() {
        var expired = assertThrows(InvalidInputException.class, () -> request().redeem("admin", ISSUED.plusSeconds(900)));
        assertTrue(expired.problem().contains("expired"));
    }

    @Test
    void anotherAdministratorCannotFinishIt() {
        AuthorizationRequest request = request();
        var refused = assertThrows(InvalidInputException.class, () -> request.redeem("mallory", ISSUED.plusSeconds(1)));
        assertEquals("state", refused.field());
        request.redeem("admin", ISSUED.plusSeconds(2)); // the refusal did not use it up
    }

    @Test
    void statesAreLongRandomAndUrlSafe() {
        String state = JpaAuthorizationRequestRepository.newState();
        assertTrue(state.matches("[A-Za-z0-9_-]{43}"), state);
        assertNotEquals(state, JpaAuthorizationRequestRepository.newState());
    }
}
