package io.enterpriseconnect.cloud.apps.domain;

import io.enterpriseconnect.cloud.platform.SecureToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An installation access token ({@code ghs_...}). Only its SHA-256 is stored, so a database leak
 * yields no usable token; the token itself exists only in the response that issued it.
 */
@Entity
@Table(name = "installation_token")
@NamedQuery(name = "InstallationToken.byHash", query = "select t from InstallationToken t join fetch t.installation "
        + "where t.tokenHash = :hash")
@NamedQuery(name = "InstallationToken.deleteExpired", query = "delete from InstallationToken t where t.expiresAt < :now")
public class InstallationToken {

    static final String PREFIX = "ghs_";
    /** GitHub's installation tokens are ghs_ followed by 36 base62 characters (about 214 bits). */
    static final int RANDOM_LENGTH = 36;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "installation_id")
    private Installation installation;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InstallationToken() {
    }

    private InstallationToken(Installation installation, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.installation = installation;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A new token for the installation; the plain token is in the result and nowhere else. */
    public static Issued issue(Installation installation, Instant now, Duration lifetime) {
        String token = PREFIX + SecureToken.base62(RANDOM_LENGTH);
        return new Issued(new InstallationToken(installation, hash(token), now, now.plus(lifetime)), token);
    }

    /** What the database keeps for a token, and what a presented token is looked up by. */
    public static String hash(String token) {
        return SecureToken.sha256(token);
    }

    public static boolean looksLikeToken(String credential) {
        return credential.startsWith(PREFIX);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Installation getInstallation() {
        return installation;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public record Issued(InstallationToken stored, String token) {
    }
}
