package io.enterpriseconnect.protocol.apps;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /app}: the app the JWT was signed for; the instance reads its {@code client_id}. */
public record GitHubApp(
        @JsonbProperty("id") long id,
        @JsonbProperty("slug") String slug,
        @JsonbProperty("client_id") String clientId,
        @JsonbProperty("owner") AppAccount owner,
        @JsonbProperty("name") String name,
        @JsonbProperty("description") String description,
        @JsonbProperty("external_url") String externalUrl,
        @JsonbProperty("html_url") String htmlUrl,
        @JsonbProperty("created_at") Instant createdAt,
        @JsonbProperty("updated_at") Instant updatedAt,
        @JsonbProperty("permissions") Map<String, String> permissions,
        @JsonbProperty("events") List<String> events,
        @JsonbProperty("installations_count") int installationsCount) {
}
