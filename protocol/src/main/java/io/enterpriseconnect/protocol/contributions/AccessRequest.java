package io.enterpriseconnect.protocol.contributions;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /installation/unified-contributions}: the cloud user asking for the feature,
 * who must own the connected account.
 */
public record AccessRequest(@JsonbProperty("requested_by_user_id") @NotNull Long requestedByUserId) {
}
