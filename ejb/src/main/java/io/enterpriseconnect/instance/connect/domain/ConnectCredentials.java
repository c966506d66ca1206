package io.enterpriseconnect.instance.connect.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The GitHub Connect app's credentials: the private key that mints JWTs, the webhook secret, and the
 * current installation token, each sealed by the credential vault (the columns hold ciphertext
 * only). In the database so that they reach HA nodes and backups; deleted on disconnect.
 */
@Entity
@Table(name = "connect_credentials")
public class ConnectCredentials {

    public static final int THE_CREDENTIALS = 1;
    public static final String PRIVATE_KEY = "connect_credentials.private_key";
    public static final String WEBHOOK_SECRET = "connect_credentials.webhook_secret";
    public static final String ACCESS_TOKEN = "connect_credentials.access_token";

    @Id
    private Integer id;

    @Column(name = "app_id", nullable = false)
    private long appId;

    @Column(name = "app_slug", length = 100)
    private String appSlug;

    /** The app's OAuth client id; read from the cloud on first use for connections made before it was kept. */
    @Column(name = "client_id", length = 100)
    private String clientId;

    @Column(name = "installation_id", nullable = false)
    private long installationId;

    @Column(name = "private_key", nullable = false, length = 8192)
    private String sealedPrivateKey;

    @Column(name = "webhook_secret", length = 1024)
    private String sealedWebhookSecret;

    @Column(name = "access_token", length = 1024)
    private String sealedAccessToken;

    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConnectCredentials() {
    }

    public ConnectCredentials(long appId, String appSlug, String clientId, long installationId, String sealedPrivateKey,
            String sealedWebhookSecret, Instant createdAt) {
        this.id = THE_CREDENTIALS;
        this.appId = appId;
        this.appSlug = appSlug;
        this.clientId = clientId;
        this.installationId = installationId;
        this.sealedPrivateKey = sealedPrivateKey;
        this.sealedWebhookSecret = sealedWebhookSecret;
        this.createdAt = createdAt;
    }

    public void token(String sealed, Instant expiresAt) {
        sealedAccessToken = sealed;
        tokenExpiresAt = expiresAt;
    }

    public long getAppId() {
        return appId;
    }

    public String getAppSlug() {
        return appSlug;
    }

    public String getClientId() {
        return clientId;
    }

    public void clientId(String clientId) {
        this.clientId = clientId;
    }

    public long getInstallationId() {
        return installationId;
    }

    public String getSealedPrivateKey() {
        return sealedPrivateKey;
    }

    public String getSealedAccessToken() {
        return sealedAccessToken;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }
}
