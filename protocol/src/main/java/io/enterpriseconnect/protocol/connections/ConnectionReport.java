package io.enterpriseconnect.protocol.connections;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code PUT /installation/connection}: what the instance reports about itself when it
 * creates or refreshes its connection record. The token's hash is not in it: the cloud takes it from
 * the token the report arrives with. The dormancy figures are optional.
 */
public record ConnectionReport(
        @JsonbProperty("license_public_key") @NotBlank @Size(max = 10000) String licensePublicKey,
        @JsonbProperty("license_sha256") @NotNull
        @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the license's SHA-256 as 64 hex digits")
        String licenseSha256,
        @JsonbProperty("customer_name") @NotBlank @Size(max = 255) String customerName,
        @JsonbProperty("hostname") @NotBlank
        @Pattern(regexp = HOSTNAME_PATTERN, message = "must be a host name such as ghe.example.com")
        String hostname,
        @JsonbProperty("version") @NotBlank @Size(max = 255) String version,
        @JsonbProperty("tls_enabled") @NotNull Boolean tlsEnabled,
        @JsonbProperty("enabled_features") @Valid @Size(max = 50) List<ReportedFeature> enabledFeatures,
        @JsonbProperty("license_consuming_seats") @PositiveOrZero Integer licenseConsumingSeats,
        @JsonbProperty("dormancy_threshold_days") @PositiveOrZero Integer dormancyThresholdDays,
        @JsonbProperty("dormant_users") @PositiveOrZero Integer dormantUsers) {

    /** An instance's host name: letters, digits, dots and hyphens, starting and ending with a letter or digit. */
    public static final String HOSTNAME_PATTERN = "[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?";
}
