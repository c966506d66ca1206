package io.enterpriseconnect.instance.contributions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A deletion on the cloud that the cloud has not confirmed yet ("Cleanup pending"): kept in the
 * database and retried with backoff until it succeeds, across restarts, so nothing is dropped.
 */
@Entity
@Table(name = "contribution_deletion")
public class PendingDeletion {

    /** What to delete. */
    public enum Kind {
        /** One user's counts from this instance (they stopped sending). */
        USER_COUNTS,
        /** One user's link, with their counts (they disconnected). */
        USER_LINK,
        /** Every count from this instance (an enterprise owner disabled the feature). */
        ALL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "cloud_user_id")
    private Long cloudUserId;

    @Column(name = "cloud_login", length = 100)
    private String cloudLogin;

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

    protected PendingDeletion() {
    }

    PendingDeletion(Kind kind, Long cloudUserId, String cloudLogin, String requestedBy, Instant now) {
        this.kind = kind;
        this.cloudUserId = cloudUserId;
        this.cloudLogin = cloudLogin;
        this.requestedBy = requestedBy;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        nextAttemptAt = retryAt;
    }

    /** "the counts of cloud user mona (42)", for messages and the audit log. */
    public String describe() {
        return switch (kind) {
            case USER_COUNTS -> "the counts of cloud user " + cloudLogin + " (" + cloudUserId + ")";
            case USER_LINK -> "the link and counts of cloud user " + cloudLogin + " (" + cloudUserId + ")";
            case ALL -> "every count from this instance";
        };
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getCloudUserId() {
        return cloudUserId;
    }

    public String getCloudLogin() {
        return cloudLogin;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
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
