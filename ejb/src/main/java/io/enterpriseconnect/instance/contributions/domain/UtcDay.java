package io.enterpriseconnect.instance.contributions.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Contribution days are UTC days, whatever the time zone of the server or of the person. */
public final class UtcDay {

    private UtcDay() {
    }

    public static LocalDate of(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    public static LocalDate today() {
        return of(Instant.now(Clock.systemUTC()));
    }
}
