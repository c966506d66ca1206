package io.enterpriseconnect.cloud.connections.domain;

import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.protocol.connections.ConnectionReport;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cloud knows about a connected instance: the license's public key, hash and customer
 * name, the instance's hostname and version, the connected account, a hash of the token the instance
 * uses, and what the instance reports on each refresh (TLS, enabled features, seats, dormancy).
 */
@Entity
@Table(name = "connection_record")
public class ConnectionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "installation_id", unique = true)
    private Installation installation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String hostname;

    @Column(nullable = false)
    private String version;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "license_public_key", length = 10000)
    private String licensePublicKey;

    @Column(name = "license_sha256", length = 64)
    private String licenseSha256;

    /** SHA-256 of the installation token the instance last refreshed this record with. */
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "tls_enabled")
    private Boolean tlsEnabled;

    @Column(name = "license_consuming_seats")
    private Integer licenseConsumingSeats;

    @Column(name = "dormancy_threshold_days")
    private Integer dormancyThresholdDays;

    @Column(name = "dormant_users")
    private Integer dormantUsers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "connection_feature", joinColumns = @JoinColumn(name = "record_id"))
    @OrderBy("name")
    private List<EnabledFeature> enabledFeatures = new ArrayList<>();

    @Column(name = "connected_by", nullable = false)
    private String connectedBy;

    @Column(name = "connected_at", nullable = false)
    private Instant connectedAt;

    @Column(name = "last_refreshed_at")
    private Instant lastRefreshedAt;

    protected ConnectionRecord() {
    }

    public ConnectionRecord(Installation installation, String hostname, String version, String customerName,
            String connectedBy, Instant connectedAt) {
        this.installation = installation;
        this.account = installation.getAccount();
        this.hostname = hostname;
        this.version = version;
        this.customerName = customerName;
        this.connectedBy = connectedBy;
        this.connectedAt = connectedAt;
    }

    /** Takes what the instance reports now (a validated report); features not reported any more are dropped. */
    public void refresh(ConnectionReport report, String tokenHash, Instant now) {
        this.licensePublicKey = report.licensePublicKey();
        this.licenseSha256 = report.licenseSha256().toLowerCase(java.util.Locale.ROOT);
        this.customerName = report.customerName();
        this.hostname = report.hostname();
        this.version = report.version();
        this.tlsEnabled = report.tlsEnabled();
        this.licenseConsumingSeats = report.licenseConsumingSeats();
        this.dormancyThresholdDays = report.dormancyThresholdDays();
        this.dormantUsers = report.dormantUsers();
        this.enabledFeatures.clear();
        if (report.enabledFeatures() != null) {
            report.enabledFeatures().forEach(f -> enabledFeatures.add(new EnabledFeature(f.name(), f.enabledAtInstant())));
        }
        this.tokenHash = tokenHash;
        this.lastRefreshedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Installation getInstallation() {
        return installation;
    }

    public Account getAccount() {
        return account;
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

    public String getLicensePublicKey() {
        return licensePublicKey;
    }

    public String getLicenseSha256() {
        return licenseSha256;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Boolean getTlsEnabled() {
        return tlsEnabled;
    }

    public Integer getLicenseConsumingSeats() {
        return licenseConsumingSeats;
    }

    public Integer getDormancyThresholdDays() {
        return dormancyThresholdDays;
    }

    public Integer getDormantUsers() {
        return dormantUsers;
    }

    public List<EnabledFeature> getEnabledFeatures() {
        return enabledFeatures;
    }

    public String getConnectedBy() {
        return connectedBy;
    }

    public Instant getConnectedAt() {
        return connectedAt;
    }

    public Instant getLastRefreshedAt() {
        return lastRefreshedAt;
    }
}
