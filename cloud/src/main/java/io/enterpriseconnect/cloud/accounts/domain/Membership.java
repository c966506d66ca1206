package io.enterpriseconnect.cloud.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A user's place in an account: owner or member. */
@Entity
@Table(name = "membership")
@NamedQuery(name = "Membership.ownedAccounts", query = "select m.account from Membership m "
        + "where lower(m.user.login) = lower(:login) and m.role = io.enterpriseconnect.cloud.accounts.domain.MembershipRole.OWNER "
        + "order by m.account.login")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private CloudUser user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipRole role;

    protected Membership() {
    }

    public Membership(Account account, CloudUser user, MembershipRole role) {
        this.account = account;
        this.user = user;
        this.role = role;
    }

    public Account getAccount() {
        return account;
    }

    public CloudUser getUser() {
        return user;
    }

    public MembershipRole getRole() {
        return role;
    }
}
