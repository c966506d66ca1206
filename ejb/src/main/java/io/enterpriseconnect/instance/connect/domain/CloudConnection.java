package io.enterpriseconnect.instance.connect.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The instance's one connection to the cloud (row 1, created by the changelog): whether Connect is
 * enabled (by whom, when), which cloud account it is connected to, and when the cloud's connection
 * record was last refreshed. The credentials live in {@link ConnectCredentials}.
 */
@Entity
@Table(name = "cloud_connection")
public class CloudConnection {

    public static final int THE_CONNECTION = 1;

    @Id
    private Integer id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ConnectionState state;

    @Version
    private long version;

    @Column(name = "enabled_by", length = 64)
    private String enabledBy;

    @Column(name = "enabled_at")
    private Instant enabledAt;

    /** The instance's address as the cloud sends browsers back to it; its host is the record's hostname. */
    @Column(name = "instance_url", length = 2048)
    private String instanceUrl;

    @Column(name = "account_login", length = 100)
    private String accountLogin;

    @Column(name = "account_type", length = 32)
    private String accountType;

    @Column(name = "connected_by", length = 64)
    private String connectedBy;

    @Column(name = "connected_at")
    private Instant connectedAt;

    @Column(name = "record_refreshed_at")
    private Instant recordRefreshedAt;

    @Column(name = "record_next_refresh_at")
    private Instant recordNextRefreshAt;

    /** SHA-256 of the report last sent, so a change is sent without waiting for the week. */
    @Column(name = "record_digest", length = 64)
    private String recordDigest;

    /** Taken by a conditional update (see JpaCloudConnectionRepository#claimRefresh): one node at a time sends the record. */
    @Column(name = "refresh_lease_until")
    private Instant refreshLeaseUntil;

    protected CloudConnection() {
    }

    public void enable(String by, Instant at) {
        state = ConnectionState.ENABLED;
        enabledBy = by;
        enabledAt = at;
    }

    public void connect(String url, String login, String type, String by, Instant at) {
        state = ConnectionState.CONNECTED;
        instanceUrl = url;
        accountLogin = login;
        accountType = type;
        connectedBy = by;
        connectedAt = at;
    }

    public void recordSent(Instant at, String digest, Instant next) {
        recordRefreshedAt = at;
        recordDigest = digest;
        recordNextRefreshAt = next;
    }

    /** Back to "not enabled": the next administrator agrees to the addendum again. */
    public void disable() {
        state = ConnectionState.NOT_ENABLED;
        enabledBy = null;
        enabledAt = null;
        instanceUrl = null;
        accountLogin = null;
        accountType = null;
        connectedBy = null;
        connectedAt = null;
        recordRefreshedAt = null;
        recordNextRefreshAt = null;
        recordDigest = null;
        refreshLeaseUntil = null;
    }

    public ConnectionState getState() {
        return state;
    }

    public String getEnabledBy() {
        return enabledBy;
    }

    public Instant getEnabledAt() {
        return enabledAt;
    }

    public String getInstanceUrl() {
        return instanceUrl;
    }

    public String getAccountLogin() {
        return accountLogin;
    }

    public String getAccountType() {
        return accountType;
    }

    public String getConnectedBy() {
        return connectedBy;
    }

    public Instant getConnectedAt() {
        return connectedAt;
    }

    public Instant getRecordRefreshedAt() {
        return recordRefreshedAt;
    }

    public Instant getRecordNextRefreshAt() {
        return recordNextRefreshAt;
    }

    public String getRecordDigest() {
        return recordDigest;
    }
}
