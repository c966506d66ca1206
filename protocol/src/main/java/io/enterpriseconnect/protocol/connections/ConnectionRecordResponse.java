package io.enterpriseconnect.protocol.connections;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET} and {@code PUT /installation/connection} (200): the connection record as the cloud
 * stores it, shown to the instance it describes. {@code token_sha256} is the hash of the token the
 * last report arrived with.
 */
public record ConnectionRecordResponse(
        @JsonbProperty("id") long id,
        @JsonbProperty("installation_id") long installationId,
        @JsonbProperty("account") Account account,
        @JsonbProperty("license_public_key") String licensePublicKey,
        @JsonbProperty("license_sha256") String licenseSha256,
        @JsonbProperty("customer_name") String customerName,
        @JsonbProperty("hostname") String hostname,
        @JsonbProperty("version") String version,
        @JsonbProperty("token_sha256") String tokenSha256,
        @JsonbProperty("tls_enabled") Boolean tlsEnabled,
        @JsonbProperty("enabled_features") List<Feature> enabledFeatures,
        @JsonbProperty("license_consuming_seats") Integer licenseConsumingSeats,
        @JsonbProperty("dormancy_threshold_days") Integer dormancyThresholdDays,
        @JsonbProperty("dormant_users") Integer dormantUsers,
        @JsonbProperty("connected_by") String connectedBy,
        @JsonbProperty("connected_at") Instant connectedAt,
        @JsonbProperty("last_refreshed_at") Instant lastRefreshedAt) {

    /** The cloud account the instance is connected to. */
    public record Account(
            @JsonbProperty("login") String login,
            @JsonbProperty("id") long id,
            @JsonbProperty("type") String type) {
    }

    /** An enabled feature as stored. */
    public record Feature(
            @JsonbProperty("name") String name,
            @JsonbProperty("enabled_at") Instant enabledAt) {
    }
}
