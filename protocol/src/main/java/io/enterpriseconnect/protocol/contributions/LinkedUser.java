package io.enterpriseconnect.protocol.contributions;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** {@code POST /installation/user-links} (201): the cloud user the instance user is now linked to. */
public record LinkedUser(
        @JsonbProperty("user_id") long userId,
        @JsonbProperty("login") String login,
        @JsonbProperty("instance_login") String instanceLogin,
        @JsonbProperty("linked_at") Instant linkedAt) {
}
