package io.enterpriseconnect.instance.contributions.domain;

import java.time.LocalDate;

/** What the cloud gets for a day: the cloud user, the UTC day, the count. Nothing else leaves the instance. */
public record CloudCount(long cloudUserId, LocalDate day, int count) {
}
