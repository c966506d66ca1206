package io.enterpriseconnect.cloud.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps as GitHub writes them: ISO 8601 UTC to the second, e.g. {@code 2016-07-11T22:14:10Z}. */
public final class GitHubTime {

    private GitHubTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
