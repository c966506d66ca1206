package io.enterpriseconnect.instance.connect.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A GitHub Connect feature turned on for this instance (such as unified contributions) and since
 * when: shown on the Connect page and reported in the cloud's connection record.
 */
@Entity
@Table(name = "connect_feature")
public class ConnectFeature {

    @Id
    @Column(length = 100)
    private String name;

    @Column(name = "enabled_at", nullable = false)
    private Instant enabledAt;

    @Column(name = "enabled_by", nullable = false, length = 64)
    private String enabledBy;

    protected ConnectFeature() {
    }

    public ConnectFeature(String name, String enabledBy, Instant enabledAt) {
        this.name = name;
        this.enabledBy = enabledBy;
        this.enabledAt = enabledAt;
    }

    public String getName() {
        return name;
    }

    public Instant getEnabledAt() {
        return enabledAt;
    }

    public String getEnabledBy() {
        return enabledBy;
    }
}
