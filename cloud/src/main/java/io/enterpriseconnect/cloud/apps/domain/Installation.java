package io.enterpriseconnect.cloud.apps.domain;

import io.enterpriseconnect.cloud.accounts.domain.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The Connect app installed on its owner account: what installation tokens are issued for. */
@Entity
@Table(name = "installation")
@NamedQuery(name = "Installation.ofApp", query = "select i from Installation i join fetch i.account "
        + "join fetch i.app a join fetch a.owner where a.id = :appId order by i.id")
@NamedQuery(name = "Installation.abandoned", query = "select i from Installation i join fetch i.app "
        + "where i.firstTokenAt is null and i.createdAt < :before order by i.id")
@NamedQuery(name = "Installation.ofAccount", query = "select i from Installation i join fetch i.app "
        + "where i.account = :account order by i.id")
public class Installation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id", unique = true)
    private ConnectApp app;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null until the instance takes its first token: the sign that it received the credentials. */
    @Column(name = "first_token_at")
    private Instant firstTokenAt;

    protected Installation() {
    }

    public Installation(ConnectApp app, Account account, Instant createdAt) {
        this.app = app;
        this.account = account;
        this.createdAt = createdAt;
    }

    public void tokenIssued(Instant now) {
        if (firstTokenAt == null) {
            firstTokenAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public ConnectApp getApp() {
        return app;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
