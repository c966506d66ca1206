package io.enterpriseconnect.protocol.apps;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /app-manifests/{code}/conversions} (201): the app created from the one-time code, with
 * the credentials shown only here ({@code pem} is the PKCS#1 RSA private key; the cloud keeps only
 * the public key).
 */
public record ManifestConversion(
        @JsonbProperty("id") long id,
        @JsonbProperty("slug") String slug,
        @JsonbProperty("owner") AppAccount owner,
        @JsonbProperty("name") String name,
        @JsonbProperty("description") String description,
        @JsonbProperty("external_url") String externalUrl,
        @JsonbProperty("html_url") String htmlUrl,
        @JsonbProperty("created_at") Instant createdAt,
        @JsonbProperty("updated_at") Instant updatedAt,
        @JsonbProperty("client_id") String clientId,
        @JsonbProperty("client_secret") String clientSecret,
        @JsonbProperty("webhook_secret") String webhookSecret,
        @JsonbProperty("pem") String pem,
        @JsonbProperty("permissions") Map<String, String> permissions,
        @JsonbProperty("events") List<String> events) {
}
