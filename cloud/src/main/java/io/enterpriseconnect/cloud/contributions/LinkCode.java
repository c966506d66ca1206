package io.enterpriseconnect.cloud.contributions;

import io.enterpriseconnect.cloud.platform.SecureTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The one-time code a user's Authorize click sends back to the instance, which trades it for the
 * link. Single use, at most {@link #MAX_LIFETIME} old, stored by hash.
 */
@Entity
@Table(name = "contribution_link_code")
@NamedQuery(name = "LinkCode.byHash", query = "select c from LinkCode c where c.codeHash = :hash")
public class LinkCode {

    static final int CODE_BYTES = 20;
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code_hash", nullable = false, unique = true)
    private String codeHash;

    @Column(name = "installation_id", nullable = false)
    private Long installationId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "instance_login", nullable = false)
    private String instanceLogin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected LinkCode() {
    }

    private LinkCode(String codeHash, long installationId, long userId, String instanceLogin, Instant createdAt,
            Instant expiresAt) {
        this.codeHash = codeHash;
        this.installationId = installationId;
        this.userId = userId;
        this.instanceLogin = instanceLogin;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A new code; lifetimes above ten minutes are cut to ten. The plain code is only in the result. */
    static Issued issue(long installationId, long userId, String instanceLogin, Instant now, Duration lifetime) {
        Duration capped = lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime;
        String code = SecureTokens.hex(CODE_BYTES);
        return new Issued(new LinkCode(hash(code), installationId, userId, instanceLogin, now, now.plus(capped)), code);
    }

    static String hash(String code) {
        return SecureTokens.sha256(code);
    }

    boolean isRedeemable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Marks the code used; the caller holds the row lock. */
    void markUsed(Instant now) {
        if (!isRedeemable(now)) {
            throw new IllegalStateException("Link code already used or expired");
        }
        usedAt = now;
    }

    Long getInstallationId() {
        return installationId;
    }

    Long getUserId() {
        return userId;
    }

    String getInstanceLogin() {
        return instanceLogin;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    record Issued(LinkCode stored, String code) {
    }
}
