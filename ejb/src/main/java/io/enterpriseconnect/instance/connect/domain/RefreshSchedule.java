package io.enterpriseconnect.instance.connect.domain;

import java.time.Duration;
import java.time.Instant;

/** The connection record's refreshes fall every {@code period} from the moment Connect was enabled. */
public final class RefreshSchedule {

    private RefreshSchedule() {
    }

    /** The first refresh time strictly after {@code now}: {@code anchor + n × period}. */
    public static Instant nextAfter(Instant anchor, Duration period, Instant now) {
        if (now.isBefore(anchor)) {
            return anchor.plus(period);
        }
        long periods = Duration.between(anchor, now).toMillis() / period.toMillis() + 1;
        return anchor.plus(period.multipliedBy(periods));
    }
}
