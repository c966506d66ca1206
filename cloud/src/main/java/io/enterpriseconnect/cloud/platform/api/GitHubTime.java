package io.enterpriseconnect.cloud.platform.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps as GitHub writes them: UTC to the second, which JSON-B then writes as ISO 8601
 * ({@code 2016-07-11T22:14:10Z}).
 */
public final class GitHubTime {

    private GitHubTime() {
    }

    /** {@code instant} to the second; null stays null (and is left out of the JSON). */
    public static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
