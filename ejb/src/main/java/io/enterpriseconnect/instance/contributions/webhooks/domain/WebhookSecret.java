package io.enterpriseconnect.instance.contributions.webhooks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The generated webhook secret (row 1), sealed by the credential vault; unused while one is configured. */
@Entity
@Table(name = "webhook_secret")
public class WebhookSecret {

    public static final int THE_SECRET = 1;
    public static final String PURPOSE = "webhook_secret.secret";

    @Id
    private Integer id;

    @Column(name = "secret", nullable = false, length = 1024)
    private String sealedSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookSecret() {
    }

    public WebhookSecret(String sealedSecret, Instant createdAt) {
        this.id = THE_SECRET;
        this.sealedSecret = sealedSecret;
        this.createdAt = createdAt;
    }

    public String getSealedSecret() {
        return sealedSecret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
