package io.enterpriseconnect.instance.connect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An app still to delete on the cloud after the instance let go of it (a disconnect while the cloud
 * was unreachable, or a connection that failed half-way). It keeps the sealed private key, because
 * only the app's own JWT may delete its installation; the row, key included, goes once the cloud
 * confirms. Retried with backoff by {@link RemoteCleanup}, across restarts.
 */
@Entity
@Table(name = "connect_cleanup")
public class PendingCleanup {

    static final String PRIVATE_KEY = "connect_cleanup.private_key";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "app_id", nullable = false)
    private long appId;

    /** Unknown when the connection failed before the installation was looked up. */
    @Column(name = "installation_id")
    private Long installationId;

    @Column(name = "private_key", nullable = false, length = 8192)
    private String sealedPrivateKey;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected PendingCleanup() {
    }

    PendingCleanup(long appId, Long installationId, String sealedPrivateKey, String requestedBy, Instant now) {
        this.appId = appId;
        this.installationId = installationId;
        this.sealedPrivateKey = sealedPrivateKey;
        this.requestedBy = requestedBy;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        nextAttemptAt = retryAt;
    }

    public Long getId() {
        return id;
    }

    public long getAppId() {
        return appId;
    }

    public Long getInstallationId() {
        return installationId;
    }

    String getSealedPrivateKey() {
        return sealedPrivateKey;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
