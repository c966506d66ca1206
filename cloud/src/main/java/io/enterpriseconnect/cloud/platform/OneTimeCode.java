package io.enterpriseconnect.cloud.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;

/**
 * A code the cloud hands the instance through the browser, which the instance trades for what was
 * authorized: it works once, for a short time, and is stored by hash like every other secret.
 */
@MappedSuperclass
public abstract class OneTimeCode {

    /** GitHub's codes are 20 bytes of hex; so are ours. */
    private static final int CODE_BYTES = 20;

    @Column(name = "code_hash", nullable = false, unique = true)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeCode() {
    }

    /** A lifetime above {@code maxLifetime} is cut to it. */
    protected OneTimeCode(String code, Instant now, Duration lifetime, Duration maxLifetime) {
        this.codeHash = hash(code);
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime.compareTo(maxLifetime) > 0 ? maxLifetime : lifetime);
    }

    /** A new plain code: it exists only in the answer that carries it. */
    public static String newCode() {
        return SecureToken.hex(CODE_BYTES);
    }

    public static String hash(String code) {
        return SecureToken.sha256(code);
    }

    /** Whether the code can still be traded: never used and not expired. */
    public boolean isRedeemable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Marks the code used, so that later trades of it fail; the caller holds the row lock. */
    public void markUsed(Instant now) {
        if (!isRedeemable(now)) {
            throw new IllegalStateException(getClass().getSimpleName() + " already used or expired");
        }
        usedAt = now;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
