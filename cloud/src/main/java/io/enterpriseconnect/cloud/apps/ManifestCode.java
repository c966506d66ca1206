package io.enterpriseconnect.cloud.apps;

import io.enterpriseconnect.cloud.accounts.Account;
import io.enterpriseconnect.cloud.platform.SecureTokens;
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
 * The one-time code the cloud hands the instance (through the owner's browser) when the owner
 * clicks Connect. Converting it creates the app; it works once, and for at most an hour. Stored by
 * hash like every other secret.
 */
@Entity
@Table(name = "manifest_code")
@NamedQuery(name = "ManifestCode.byHash", query = "select c from ManifestCode c join fetch c.account where c.codeHash = :hash")
public class ManifestCode {

    /** GitHub's codes are 20 bytes of hex; so are ours. */
    static final int CODE_BYTES = 20;
    public static final Duration MAX_LIFETIME = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code_hash", nullable = false, unique = true)
    private String codeHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    /** The owner who clicked Connect. */
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private String hostname;

    @Column(nullable = false)
    private String version;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ManifestCode() {
    }

    private ManifestCode(String codeHash, Account account, String createdBy, ConnectRequest request, Instant createdAt,
            Instant expiresAt) {
        this.codeHash = codeHash;
        this.account = account;
        this.createdBy = createdBy;
        this.hostname = request.hostname();
        this.version = request.version();
        this.customerName = request.customerName();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A new code; lifetimes above an hour are cut to an hour. The plain code is only in the result. */
    public static Issued issue(Account account, String createdBy, ConnectRequest request, Instant now, Duration lifetime) {
        Duration capped = lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime;
        String code = SecureTokens.hex(CODE_BYTES);
        return new Issued(new ManifestCode(hash(code), account, createdBy, request, now, now.plus(capped)), code);
    }

    public static String hash(String code) {
        return SecureTokens.sha256(code);
    }

    /** Whether the code can still be converted: never used and not expired. */
    public boolean isRedeemable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Marks the code used, so that later conversions of it fail; the caller holds the row lock. */
    void markUsed(Instant now) {
        if (!isRedeemable(now)) {
            throw new IllegalStateException("Manifest code already used or expired");
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getHostname() {
        return hostname;
    }

    public String getVersion() {
        return version;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public record Issued(ManifestCode stored, String code) {
    }
}
