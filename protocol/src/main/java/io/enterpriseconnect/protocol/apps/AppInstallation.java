package io.enterpriseconnect.protocol.apps;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /app/installations} (a list of these) and {@code GET /app/installations/{id}}. */
public record AppInstallation(
        @JsonbProperty("id") long id,
        @JsonbProperty("account") AppAccount account,
        @JsonbProperty("repository_selection") String repositorySelection,
        @JsonbProperty("access_tokens_url") String accessTokensUrl,
        @JsonbProperty("repositories_url") String repositoriesUrl,
        @JsonbProperty("html_url") String htmlUrl,
        @JsonbProperty("app_id") long appId,
        @JsonbProperty("app_slug") String appSlug,
        @JsonbProperty("target_id") long targetId,
        @JsonbProperty("target_type") String targetType,
        @JsonbProperty("permissions") Map<String, String> permissions,
        @JsonbProperty("events") List<String> events,
        @JsonbProperty("created_at") Instant createdAt,
        @JsonbProperty("updated_at") Instant updatedAt) {
}
