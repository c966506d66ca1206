package io.enterpriseconnect.instance.connect.domain;

import io.enterpriseconnect.instance.connect.infrastructure.CloudRetryBackoff;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A call to the cloud that has not succeeded yet ("cleanup pending"): kept in the database and
 * retried with backoff until the cloud confirms it, across restarts, so nothing asked for is dropped.
 */
@MappedSuperclass
public abstract class PendingCloudCall {

    private static final int ERROR_LENGTH = 500;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    protected PendingCloudCall() {
    }

    protected PendingCloudCall(String requestedBy, Instant now) {
        this.requestedBy = requestedBy;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** @return when the next attempt will be */
    public Instant failed(String error, CloudRetryBackoff backoff, Instant now) {
        attempts++;
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        nextAttemptAt = backoff.next(attempts, now);
        return nextAttemptAt;
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
