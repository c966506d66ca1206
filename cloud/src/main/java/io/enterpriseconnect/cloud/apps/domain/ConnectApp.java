package io.enterpriseconnect.cloud.apps.domain;

import io.enterpriseconnect.cloud.accounts.domain.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/**
 * The GitHub App that connecting an instance creates, owned by the connected account. The cloud
 * keeps the public half of its key only; the private key went to the instance once, in the code
 * conversion.
 */
@Entity
@Table(name = "connect_app")
@NamedQuery(name = "ConnectApp.byClientId", query = "select a from ConnectApp a where a.clientId = :clientId")
public class ConnectApp {

    /** What the instance may do with the app's installation tokens (GitHub's permissions object). */
    public static final Map<String, String> PERMISSIONS = Map.of(
            "metadata", "read",
            "connection_records", "write",
            "contributions", "write");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account owner;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    /** The instance this app connects; its home page is the app's external URL. */
    @Column(name = "instance_hostname", nullable = false)
    private String instanceHostname;

    @Column(name = "client_id", nullable = false, unique = true)
    private String clientId;

    /** SHA-256 of the OAuth client secret, which was shown once. */
    @Column(name = "client_secret_hash", nullable = false)
    private String clientSecretHash;

    /** Kept as is: the cloud signs webhook deliveries with it (HMAC-SHA256). */
    @Column(name = "webhook_secret", nullable = false)
    private String webhookSecret;

    /** X.509 SubjectPublicKeyInfo, PEM. */
    @Column(name = "public_key_pem", nullable = false, length = 1000)
    private String publicKeyPem;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConnectApp() {
    }

    public ConnectApp(Account owner, String slug, String name, String instanceHostname, String clientId,
            String clientSecretHash, String webhookSecret, String publicKeyPem, Instant createdAt) {
        this.owner = owner;
        this.slug = slug;
        this.name = name;
        this.instanceHostname = instanceHostname;
        this.clientId = clientId;
        this.clientSecretHash = clientSecretHash;
        this.webhookSecret = webhookSecret;
        this.publicKeyPem = publicKeyPem;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Account getOwner() {
        return owner;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getInstanceHostname() {
        return instanceHostname;
    }

    public String getClientId() {
        return clientId;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public String getPublicKeyPem() {
        return publicKeyPem;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
