package io.enterpriseconnect.protocol.contributions;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * {@code GET} and {@code PUT /installation/unified-contributions}: where the installation's request
 * stands. {@code status} is one of {@link #NOT_REQUESTED}, {@link #PENDING}, {@link #ENABLED},
 * {@link #DENIED}; {@code terms_of_service} is {@code standard} (enabled at once) or {@code custom}
 * (a cloud administrator decides). Absent people and times are left out.
 */
public record UnifiedContributionsStatus(
        @JsonbProperty("status") String status,
        @JsonbProperty("terms_of_service") String termsOfService,
        @JsonbProperty("requested_by") String requestedBy,
        @JsonbProperty("requested_at") Instant requestedAt,
        @JsonbProperty("decided_by") String decidedBy,
        @JsonbProperty("decided_at") Instant decidedAt,
        @JsonbProperty("updated_at") Instant updatedAt) {

    public static final String NOT_REQUESTED = "not_requested";
    public static final String PENDING = "pending";
    public static final String ENABLED = "enabled";
    public static final String DENIED = "denied";
}
