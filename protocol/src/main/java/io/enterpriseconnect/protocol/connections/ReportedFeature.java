package io.enterpriseconnect.protocol.connections;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A GitHub Connect feature the instance has enabled, and since when ({@code enabled_at}, ISO 8601). */
public record ReportedFeature(
        @JsonbProperty("name") @NotBlank @Size(max = 100) String name,
        @JsonbProperty("enabled_at") @NotBlank @IsoInstant String enabledAt) {

    public static ReportedFeature of(String name, Instant enabledAt) {
        return new ReportedFeature(name, enabledAt.toString());
    }

    /** {@code enabled_at} as read; call on a validated feature only. */
    public Instant enabledAtInstant() {
        return Instant.parse(enabledAt);
    }
}
