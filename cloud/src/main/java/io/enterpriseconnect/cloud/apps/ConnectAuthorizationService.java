package io.enterpriseconnect.cloud.apps;

import io.enterpriseconnect.cloud.accounts.CloudAccountService;
import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.accounts.domain.BillingPlan;
import io.enterpriseconnect.cloud.apps.domain.ConnectRequest;
import io.enterpriseconnect.cloud.apps.domain.ManifestCode;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** An owner's Connect click: checks the prerequisites and issues the one-time code. */
@Stateless
@RolesAllowed(CallerName.USER)
public class ConnectAuthorizationService {

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CloudAccountService accounts;

    @Inject
    @ConfigProperty(name = "cloud.apps.manifest-code-minutes", defaultValue = "60")
    long codeMinutes;

    /**
     * @return the code to send back to the instance
     * @throws RequestRefusedException 404 unless the caller owns the account; 403 when it is not on an invoiced plan
     */
    public String authorize(String accountLogin, ConnectRequest request) {
        request.validate();
        Account account = accounts.ownedAccount(accountLogin);
        requireInvoiced(account);
        ManifestCode.Issued issued = ManifestCode.issue(account, session.getCallerPrincipal().getName(), request,
                Instant.now(), Duration.ofMinutes(codeMinutes));
        em.persist(issued.stored());
        return issued.code();
    }

    static void requireInvoiced(Account account) {
        if (account.getBillingPlan() != BillingPlan.INVOICED) {
            throw RequestRefusedException.forbidden(account.getLogin() + " is on a trial plan. GitHub Connect needs an invoiced plan: "
                    + "ask a cloud administrator to switch " + account.getLogin() + " to invoiced billing.");
        }
    }
}
