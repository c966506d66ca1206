package io.enterpriseconnect.instance.connect.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshScheduleTest {

    private static final Instant ENABLED = Instant.parse("2026-11-02T09:30:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void refreshesFallWeeklyFromTheMomentConnectWasEnabled() {
        assertEquals(Instant.parse("2026-11-09T09:30:00Z"), RefreshSchedule.nextAfter(ENABLED, WEEK, ENABLED));
        assertEquals(Instant.parse("2026-11-23T09:30:00Z"),
                RefreshSchedule.nextAfter(ENABLED, WEEK, Instant.parse("2026-11-21T10:00:00Z")));
        assertEquals(Instant.parse("2026-11-30T09:30:00Z"),
                RefreshSchedule.nextAfter(ENABLED, WEEK, Instant.parse("2026-11-23T09:30:00Z")));
    }
}
