package io.enterpriseconnect.instance.connect;

import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One trip of an administrator's browser to the cloud and back: the {@code state} sent along (kept
 * as its SHA-256 only), who asked, until when it is good, and whether it came back already. A state
 * works once, for the administrator who started the trip, before it expires.
 */
@Entity
@Table(name = "connect_authorization")
@NamedQuery(name = AuthorizationRequest.BY_HASH, query = "select a from AuthorizationRequest a where a.stateHash = :hash")
public class AuthorizationRequest {

    static final String BY_HASH = "AuthorizationRequest.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "state_hash", nullable = false, unique = true, length = 64)
    private String stateHash;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "instance_url", nullable = false, length = 2048)
    private String instanceUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AuthorizationRequest() {
    }

    AuthorizationRequest(String stateHash, String requestedBy, String instanceUrl, Instant createdAt, Instant expiresAt) {
        this.stateHash = stateHash;
        this.requestedBy = requestedBy;
        this.instanceUrl = instanceUrl;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /**
     * Uses the state up: refuses it when it was used before, has expired, or belongs to another
     * administrator (who could otherwise finish a connection someone else started).
     */
    void redeem(String caller, Instant now) {
        if (usedAt != null) {
            throw new InvalidInputException("state", "was already used: start again from the GitHub Connect page");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidInputException("state", "has expired: start again from the GitHub Connect page");
        }
        if (!requestedBy.equals(caller)) {
            throw new InvalidInputException("state", "was issued to another administrator");
        }
        usedAt = now;
    }

    public String getInstanceUrl() {
        return instanceUrl;
    }

    Instant getUsedAt() {
        return usedAt;
    }
}
