package io.enterpriseconnect.protocol.apps;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.Map;

/** {@code POST /app/installations/{id}/access_tokens} (201): a token valid until {@code expires_at}. */
public record InstallationAccessToken(
        @JsonbProperty("token") String token,
        @JsonbProperty("expires_at") Instant expiresAt,
        @JsonbProperty("permissions") Map<String, String> permissions,
        @JsonbProperty("repository_selection") String repositorySelection) {
}
