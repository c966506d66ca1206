package io.enterpriseconnect.instance.connect.domain;

import java.time.Duration;

/** Exponential backoff: the first retry after {@code initial}, doubling each time, at most {@code max}. */
public final class Backoff {

    private Backoff() {
    }

    public static Duration after(int failedAttempts, Duration initial, Duration max) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
