package io.enterpriseconnect.cloud.contributions.domain;

import java.time.LocalDate;

/** A user's contributions on one UTC day from one source instance (named by its hostname). */
public record DailyCount(LocalDate day, String source, int count) {
}
