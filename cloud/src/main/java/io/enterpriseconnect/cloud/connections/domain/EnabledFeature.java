package io.enterpriseconnect.cloud.connections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A GitHub Connect feature the instance has turned on (unified contributions, …) and since when. */
@Embeddable
public class EnabledFeature {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "enabled_at", nullable = false)
    private Instant enabledAt;

    protected EnabledFeature() {
    }

    public EnabledFeature(String name, Instant enabledAt) {
        this.name = name;
        this.enabledAt = enabledAt;
    }

    public String getName() {
        return name;
    }

    public Instant getEnabledAt() {
        return enabledAt;
    }
}
