package io.enterpriseconnect.instance.connect.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration INITIAL = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void theDelayDoublesAfterEachFailureUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(30), Backoff.after(1, INITIAL, MAX));
        assertEquals(Duration.ofSeconds(60), Backoff.after(2, INITIAL, MAX));
        assertEquals(Duration.ofSeconds(120), Backoff.after(3, INITIAL, MAX));
        assertEquals(MAX, Backoff.after(10, INITIAL, MAX));
        assertEquals(MAX, Backoff.after(1000, INITIAL, MAX));
    }
}
