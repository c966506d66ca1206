package io.enterpriseconnect.instance.contributions.domain;

import java.time.LocalDate;

/** How many contributions a user made on a UTC day. */
public record DayCount(long userId, LocalDate day, int count) {
}
