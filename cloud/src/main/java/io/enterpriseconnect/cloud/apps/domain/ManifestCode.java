package io.enterpriseconnect.cloud.apps.domain;

import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.platform.OneTimeCode;
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
 * clicks Connect. Converting it creates the app; it works for at most an hour.
 */
@Entity
@Table(name = "manifest_code")
@NamedQuery(name = "ManifestCode.byHash", query = "select c from ManifestCode c join fetch c.account where c.codeHash = :hash")
public class ManifestCode extends OneTimeCode {

    public static final Duration MAX_LIFETIME = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected ManifestCode() {
    }

    private ManifestCode(String code, Account account, String createdBy, ConnectRequest request, Instant now,
            Duration lifetime) {
        super(code, now, lifetime, MAX_LIFETIME);
        this.account = account;
        this.createdBy = createdBy;
        this.hostname = request.hostname();
        this.version = request.version();
        this.customerName = request.customerName();
    }

    /** A new code; lifetimes above an hour are cut to an hour. The plain code is only in the result. */
    public static Issued issue(Account account, String createdBy, ConnectRequest request, Instant now, Duration lifetime) {
        String code = newCode();
        return new Issued(new ManifestCode(code, account, createdBy, request, now, lifetime), code);
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

    public record Issued(ManifestCode stored, String code) {
    }
}
