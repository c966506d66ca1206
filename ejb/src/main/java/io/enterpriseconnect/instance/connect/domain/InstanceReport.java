package io.enterpriseconnect.instance.connect.domain;

import io.enterpriseconnect.instance.platform.Sha256;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * What the instance tells the cloud for its connection record ({@code PUT /installation/connection},
 * GitHub's snake_case names). The token's hash is not in it: the cloud takes it from the token the
 * report arrives with.
 */
public record InstanceReport(String licensePublicKey, String licenseSha256, String customerName, String hostname,
        String version, boolean tlsEnabled, List<Feature> enabledFeatures, long licenseConsumingSeats) {

    public record Feature(String name, Instant enabledAt) {
    }

    public JsonObject toJson() {
        JsonArrayBuilder features = Json.createArrayBuilder();
        enabledFeatures.forEach(f -> features.add(Json.createObjectBuilder()
                .add("name", f.name()).add("enabled_at", f.enabledAt().toString())));
        return Json.createObjectBuilder()
                .add("license_public_key", licensePublicKey)
                .add("license_sha256", licenseSha256)
                .add("customer_name", customerName)
                .add("hostname", hostname)
                .add("version", version)
                .add("tls_enabled", tlsEnabled)
                .add("enabled_features", features)
                .add("license_consuming_seats", licenseConsumingSeats)
                .build();
    }

    /** Identifies the content, so that a changed report is sent before the weekly refresh is due. */
    public String digest() {
        return Sha256.hex(toJson().toString());
    }
}
