package io.enterpriseconnect.cloud.accounts.infrastructure;

import io.enterpriseconnect.cloud.accounts.CloudUserService;
import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.accounts.domain.AccountType;
import io.enterpriseconnect.cloud.accounts.domain.BillingPlan;
import io.enterpriseconnect.cloud.accounts.domain.CloudUser;
import io.enterpriseconnect.cloud.accounts.domain.Membership;
import io.enterpriseconnect.cloud.accounts.domain.MembershipRole;
import io.enterpriseconnect.cloud.accounts.domain.TermsOfService;
import io.enterpriseconnect.cloud.platform.SecureToken;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code cloud.demo.seed=true}, the first start creates the demo cloud: user {@code octocat},
 * owner of organization {@code octo-org} and enterprise account {@code octo-enterprise} (both
 * invoiced, so they can be connected at once; octo-org on standard terms of service, octo-enterprise on
 * custom terms, so requests for unified contributions are enabled at once for the one and wait for a
 * cloud administrator for the other), and cloud administrator {@code cloud-admin}. Passwords
 * are generated and written to the log once; later starts find the users and do nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoSeed {

    static final String DEMO_USER = "octocat";
    static final String DEMO_ADMIN = "cloud-admin";
    private static final int PASSWORD_LENGTH = 20;
    private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

    @Inject
    @ConfigProperty(name = "cloud.demo.seed", defaultValue = "false")
    boolean enabled;

    /** Lets scripts and tests sign in as octocat without reading the log; generated when unset. */
    @Inject
    @ConfigProperty(name = "cloud.demo.password")
    Optional<String> configuredPassword;

    @Inject
    CloudUserService users;

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @PostConstruct
    void seed() {
        if (!enabled || users.findByLogin(DEMO_USER).isPresent()) {
            return;
        }
        String userPassword = configuredPassword.filter(p -> !p.isBlank())
                .orElseGet(() -> SecureToken.base62(PASSWORD_LENGTH));
        CloudUser octocat = users.create(DEMO_USER, "octocat@example.com", userPassword, false);
        own(octocat, new Account("octo-org", "Octo Org", AccountType.ORGANIZATION, BillingPlan.INVOICED, Instant.now()));
        Account enterprise = new Account("octo-enterprise", "Octo Enterprise", AccountType.ENTERPRISE,
                BillingPlan.INVOICED, Instant.now());
        enterprise.setTermsOfService(TermsOfService.CUSTOM);
        own(octocat, enterprise);
        String adminPassword = SecureToken.base62(PASSWORD_LENGTH);
        users.create(DEMO_ADMIN, "cloud-admin@example.com", adminPassword, true);
        announce(DEMO_USER, userPassword, "owner of octo-org and octo-enterprise");
        announce(DEMO_ADMIN, adminPassword, "cloud administrator");
    }

    /** One line per user, in a fixed shape that scripts can pick out of the server log. */
    private static void announce(String login, String password, String role) {
        LOG.warning(() -> "Demo cloud user created: login=" + login + " password=" + password + " (" + role
                + "; shown only this once)");
    }

    private void own(CloudUser owner, Account account) {
        em.persist(account);
        em.persist(new Membership(account, owner, MembershipRole.OWNER));
    }
}
