package io.enterpriseconnect.instance.connect.domain;

import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One trip of a person's browser to the cloud and back: the {@code state} sent along (kept as its
 * SHA-256 only), whose trip it is, until when it is good, and whether it came back already. A state
 * works once, for the person who started the trip, before it expires.
 */
@MappedSuperclass
public abstract class BrowserTrip {

    @Column(name = "state_hash", nullable = false, unique = true, length = 64)
    private String stateHash;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected BrowserTrip() {
    }

    protected BrowserTrip(String stateHash, String requestedBy, Instant createdAt, Instant expiresAt) {
        this.stateHash = stateHash;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /**
     * Uses the state up: refuses it when it was used before, has expired, or belongs to someone
     * else (who could otherwise finish a trip another person started).
     *
     * @param startAgain what the person does to try again, for the message
     * @param someoneElse who the state would belong to otherwise ("another user"), for the message
     */
    /** Which flow the trip belongs to ({@code connect}, {@code link}): the console's messages name its next step. */
    protected abstract String flow();

    protected void redeem(String caller, Instant now, String startAgain, String someoneElse) {
        if (usedAt != null) {
            throw new InvalidInputException("state", "was already used: " + startAgain).as("trip.used." + flow());
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidInputException("state", "has expired: " + startAgain).as("trip.expired." + flow());
        }
        if (!requestedBy.equals(caller)) {
            throw new InvalidInputException("state", "was issued to " + someoneElse).as("trip.someoneElse." + flow());
        }
        usedAt = now;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
