package io.enterpriseconnect.cloud.accounts.domain;

import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organization or an enterprise account: what an instance connects to. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byLogin", query = "select a from Account a where lower(a.login) = lower(:login)")
@NamedQuery(name = "Account.all", query = "select a from Account a order by a.login")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String login;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_plan", nullable = false)
    private BillingPlan billingPlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "terms_of_service", nullable = false)
    private TermsOfService termsOfService = TermsOfService.STANDARD;

    /** The CIDR ranges allowed to use this account's credentials, one a line; empty allows all. */
    @Column(name = "ip_allow_list", length = 4000)
    private String ipAllowList;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String login, String name, AccountType type, BillingPlan billingPlan, Instant createdAt) {
        this.login = login;
        this.name = name;
        this.type = type;
        this.billingPlan = billingPlan;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getName() {
        return name;
    }

    public AccountType getType() {
        return type;
    }

    public BillingPlan getBillingPlan() {
        return billingPlan;
    }

    public void setBillingPlan(BillingPlan billingPlan) {
        this.billingPlan = billingPlan;
    }

    public TermsOfService getTermsOfService() {
        return termsOfService;
    }

    public void setTermsOfService(TermsOfService termsOfService) {
        this.termsOfService = termsOfService;
    }

    public IpAllowList getIpAllowList() {
        return IpAllowList.parse(ipAllowList == null ? "" : ipAllowList);
    }

    public void setIpAllowList(IpAllowList allowList) {
        this.ipAllowList = allowList.isEmpty() ? null : allowList.toString();
    }

    /**
     * Refuses a caller whose address is not on the IP allow list, with GitHub's message.
     *
     * @throws RequestRefusedException 403
     */
    public void requireAllowed(String address) {
        if (!getIpAllowList().permits(address)) {
            throw RequestRefusedException.forbidden("Although you appear to have the correct authorization credentials, the `" + login
                    + "` " + (type == AccountType.ORGANIZATION ? "organization" : "enterprise")
                    + " has an IP allow list enabled, and " + address + " is not permitted to access this resource.");
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
