package io.enterpriseconnect.instance.contributions.links;

import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One trip of a user's browser to the cloud's authorize page and back: the {@code state} (kept as
 * its SHA-256), whose trip it is and until when. It works once, for that user, before it expires.
 */
@Entity
@Table(name = "contribution_link_request")
public class LinkRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "state_hash", nullable = false, unique = true, length = 64)
    private String stateHash;

    @Column(nullable = false, length = 64)
    private String login;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected LinkRequest() {
    }

    LinkRequest(String stateHash, String login, Instant createdAt, Instant expiresAt) {
        this.stateHash = stateHash;
        this.login = login;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Uses the state up, refusing it when used, expired, or another user's. */
    void redeem(String caller, Instant now) {
        if (usedAt != null) {
            throw new InvalidInputException("state", "was already used: click Connect to GitHub.com again");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidInputException("state", "has expired: click Connect to GitHub.com again");
        }
        if (!login.equals(caller)) {
            throw new InvalidInputException("state", "was issued to another user");
        }
        usedAt = now;
    }
}
