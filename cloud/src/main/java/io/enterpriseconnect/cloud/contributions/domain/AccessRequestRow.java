package io.enterpriseconnect.cloud.contributions.domain;

import java.io.Serializable;
import java.time.Instant;

/** A request for unified contributions as the cloud administrators' page lists it. */
public record AccessRequestRow(long id, String accountLogin, String accountKind, String hostname, String requestedBy,
        Instant requestedAt, ContributionAccessStatus status, String decidedBy, Instant decidedAt) implements Serializable {
}
