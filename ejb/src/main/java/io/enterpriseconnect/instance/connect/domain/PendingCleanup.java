package io.enterpriseconnect.instance.connect.domain;

import io.enterpriseconnect.instance.connect.infrastructure.RemoteCleanupTimer;
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
 * confirms. Attempted by {@link RemoteCleanupTimer}.
 */
@Entity
@Table(name = "connect_cleanup")
public class PendingCleanup extends PendingCloudCall {

    public static final String PRIVATE_KEY = "connect_cleanup.private_key";

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

    protected PendingCleanup() {
    }

    public PendingCleanup(long appId, Long installationId, String sealedPrivateKey, String requestedBy, Instant now) {
        super(requestedBy, now);
        this.appId = appId;
        this.installationId = installationId;
        this.sealedPrivateKey = sealedPrivateKey;
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

    public String getSealedPrivateKey() {
        return sealedPrivateKey;
    }
}
