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

    private static final String CODE_PATTERN = "[A-Za-z0-9._-]{1,200}";
    private static final String STATE_PATTERN = "[A-Za-z0-9_-]{1,200}";

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
    protected void redeem(String caller, Instant now, String startAgain, String someoneElse) {
        if (usedAt != null) {
            throw new InvalidInputException("state", "was already used: " + startAgain);
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidInputException("state", "has expired: " + startAgain);
        }
        if (!requestedBy.equals(caller)) {
            throw new InvalidInputException("state", "was issued to " + someoneElse);
        }
        usedAt = now;
    }

    /** Refuses a {@code code} the browser brought back that is missing or unlike any the cloud issues. */
    public static void requireCode(String code) {
        require("code", code, CODE_PATTERN);
    }

    /** Refuses a {@code state} the browser brought back that is missing or unlike any the instance issues. */
    public static void requireState(String state) {
        require("state", state, STATE_PATTERN);
    }

    private static void require(String field, String value, String pattern) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        if (!value.matches(pattern)) {
            throw new InvalidInputException(field, "is not a value the cloud issues");
        }
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
