package io.enterpriseconnect.cloud.connections;

import io.enterpriseconnect.cloud.apps.ConnectRequest;
import io.enterpriseconnect.cloud.platform.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code PUT /api/v3/installation/connection}: what the instance reports about itself
 * when it creates or refreshes its connection record (JSON names in snake_case).
 */
public class ConnectionReport {

    @NotBlank
    @Size(max = 10000)
    public String licensePublicKey;

    @NotNull
    @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the license's SHA-256 as 64 hex digits")
    public String licenseSha256;

    @NotBlank
    @Size(max = 255)
    public String customerName;

    @NotBlank
    @Pattern(regexp = ConnectRequest.HOSTNAME_PATTERN, message = "must be a host name such as ghe.example.com")
    public String hostname;

    @NotBlank
    @Size(max = 255)
    public String version;

    @NotNull
    public Boolean tlsEnabled;

    @Valid
    @Size(max = 50)
    public List<Feature> enabledFeatures;

    @PositiveOrZero
    public Integer licenseConsumingSeats;

    @PositiveOrZero
    public Integer dormancyThresholdDays;

    @PositiveOrZero
    public Integer dormantUsers;

    public static class Feature {

        @NotBlank
        @Size(max = 100)
        public String name;

        /** ISO 8601 instant, e.g. 2026-11-21T12:00:00Z. */
        @NotBlank
        public String enabledAt;
    }

    /** The enabled features with their dates; an unreadable date is refused naming the field. */
    List<EnabledFeature> features() {
        List<EnabledFeature> features = new ArrayList<>();
        if (enabledFeatures != null) {
            for (Feature feature : enabledFeatures) {
                try {
                    features.add(new EnabledFeature(feature.name, Instant.parse(feature.enabledAt)));
                } catch (DateTimeParseException e) {
                    throw Problem.invalid("enabled_at", "enabled_at must be an ISO 8601 time such as 2026-11-21T12:00:00Z");
                }
            }
        }
        return features;
    }
}
