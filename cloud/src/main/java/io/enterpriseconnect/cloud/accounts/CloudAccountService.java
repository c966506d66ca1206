package io.enterpriseconnect.cloud.accounts;

import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.accounts.domain.AccountType;
import io.enterpriseconnect.cloud.accounts.domain.BillingPlan;
import io.enterpriseconnect.cloud.accounts.domain.CloudUser;
import io.enterpriseconnect.cloud.accounts.domain.IpAllowList;
import io.enterpriseconnect.cloud.accounts.domain.LoginRule;
import io.enterpriseconnect.cloud.accounts.domain.Membership;
import io.enterpriseconnect.cloud.accounts.domain.MembershipRole;
import io.enterpriseconnect.cloud.accounts.domain.TermsOfService;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Organizations and enterprise accounts, seen by their owners (and by cloud administrators). */
@Stateless
@RolesAllowed(CallerName.USER)
public class CloudAccountService {

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CloudUserService users;

    /** The accounts the signed-in user owns, by login. */
    public List<Account> owned() {
        return ownedBy(callerLogin());
    }

    /** A new organization or enterprise account, on a trial plan, owned by the signed-in user. */
    public Account create(String login, String name, AccountType type) {
        if (!LoginRule.isValid(login)) {
            throw RequestRefusedException.invalid("login", "Name may only contain letters, digits and single hyphens, "
                    + "cannot begin or end with a hyphen, and is at most 39 characters");
        }
        if (users.loginTaken(login)) {
            throw RequestRefusedException.invalid("login", "The name " + login + " is not available");
        }
        if (type == null) {
            throw RequestRefusedException.invalid("type", "Choose an organization or an enterprise account");
        }
        String displayName = name == null || name.isBlank() ? login : name.strip();
        Account account = new Account(login, displayName, type, BillingPlan.TRIAL, Instant.now());
        em.persist(account);
        CloudUser owner = users.findByLogin(callerLogin()).orElseThrow(RequestRefusedException::notFound);
        em.persist(new Membership(account, owner, MembershipRole.OWNER));
        return account;
    }

    /** An account the signed-in user owns; 404 for any other, so that existence is not revealed. */
    public Account ownedAccount(String login) {
        return findOwned(login).orElseThrow(RequestRefusedException::notFound);
    }

    /** Replaces the account's IP allow list; an unparseable line is refused naming it. */
    public Account updateIpAllowList(String login, String allowList) {
        Account account = ownedAccount(login);
        try {
            account.setIpAllowList(IpAllowList.parse(allowList == null ? "" : allowList));
        } catch (IllegalArgumentException e) {
            throw RequestRefusedException.invalid("ip_allow_list", e.getMessage());
        }
        return account;
    }

    @RolesAllowed(CallerName.CLOUD_ADMIN)
    public List<Account> all() {
        return em.createNamedQuery("Account.all", Account.class).getResultList();
    }

    @RolesAllowed(CallerName.CLOUD_ADMIN)
    public Account changePlan(String login, BillingPlan plan) {
        Account account = find(login).orElseThrow(RequestRefusedException::notFound);
        account.setBillingPlan(plan);
        return account;
    }

    @RolesAllowed(CallerName.CLOUD_ADMIN)
    public Account changeTerms(String login, TermsOfService terms) {
        Account account = find(login).orElseThrow(RequestRefusedException::notFound);
        account.setTermsOfService(terms);
        return account;
    }

    private Optional<Account> findOwned(String login) {
        return find(login).filter(account -> isOwner(callerLogin(), account));
    }

    private Optional<Account> find(String login) {
        return em.createNamedQuery("Account.byLogin", Account.class).setParameter("login", login)
                .getResultStream().findFirst();
    }

    private List<Account> ownedBy(String userLogin) {
        return em.createNamedQuery("Membership.ownedAccounts", Account.class).setParameter("login", userLogin)
                .getResultList();
    }

    private boolean isOwner(String userLogin, Account account) {
        return em.createQuery("select count(m) from Membership m where lower(m.user.login) = lower(:login) "
                        + "and m.account = :account and m.role = :role", Long.class)
                .setParameter("login", userLogin).setParameter("account", account).setParameter("role", MembershipRole.OWNER)
                .getSingleResult() > 0;
    }

    private String callerLogin() {
        return session.getCallerPrincipal().getName();
    }
}
