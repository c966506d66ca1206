package io.enterpriseconnect.cloud.contributions;

import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.accounts.domain.AccountType;
import io.enterpriseconnect.cloud.accounts.domain.CloudUser;
import io.enterpriseconnect.cloud.accounts.domain.MembershipRole;
import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.cloud.contributions.domain.AccessRequestRow;
import io.enterpriseconnect.cloud.contributions.domain.ContributionAccess;
import io.enterpriseconnect.cloud.contributions.domain.ContributionAccessStatus;
import io.enterpriseconnect.cloud.contributions.domain.InstallationAccess;
import io.enterpriseconnect.cloud.contributions.infrastructure.CallingInstallation;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Unified contributions for an installation: an owner of the connected account requests them (through
 * the instance), the account's terms of service decide at once or leave the request to a cloud
 * administrator, and the owner may disable them again, which deletes every count from the instance.
 */
@Stateless
@RolesAllowed(CallerName.INSTALLATION)
public class AccessRequestService {

    private static final Logger LOG = Logger.getLogger(AccessRequestService.class.getName());
    static final int RECENT_DECISIONS = 20;

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ContributionCountService counts;

    /**
     * @param requesterId the cloud user the instance names as the requesting enterprise owner
     * @throws RequestRefusedException 403 unless that user owns the connected account (or the caller's address is not
     *         on its IP allow list)
     */
    public InstallationAccess request(long requesterId, String remoteAddress) {
        Installation installation = CallingInstallation.calling(em, session);
        Account account = installation.getAccount();
        account.requireAllowed(remoteAddress);
        CloudUser requester = owner(account, requesterId).orElseThrow(() -> RequestRefusedException.forbidden("Cloud user "
                + requesterId + " is not an owner of the " + kind(account) + " " + account.getLogin()
                + ". Only an enterprise owner who also owns " + account.getLogin()
                + " can request unified contributions."));
        em.lock(installation, LockModeType.PESSIMISTIC_WRITE); // two first requests at once: one creates, one finds
        ContributionAccess access = find(installation.getId(), LockModeType.NONE).orElse(null);
        if (access == null) {
            access = new ContributionAccess(installation);
            access.request(account.getTermsOfService(), requester.getLogin(), Instant.now());
            em.persist(access);
        } else {
            access.request(account.getTermsOfService(), requester.getLogin(), Instant.now());
        }
        if (access.isPending()) {
            String hostname = CallingInstallation.hostname(em, installation);
            LOG.info(() -> "Unified contributions requested for " + account.getLogin() + " by " + requester.getLogin()
                    + " from " + hostname + ": custom terms of service, pending a cloud administrator's approval");
        }
        return new InstallationAccess(access, account.getTermsOfService());
    }

    public InstallationAccess status() {
        Installation installation = CallingInstallation.calling(em, session);
        return new InstallationAccess(find(installation.getId(), LockModeType.NONE).orElse(null),
                installation.getAccount().getTermsOfService());
    }

    /** Disables unified contributions: deletes every count from the instance and forgets the request. */
    public void disable(String remoteAddress) {
        Installation installation = CallingInstallation.calling(em, session);
        installation.getAccount().requireAllowed(remoteAddress);
        counts.deleteInstallation(installation.getId());
        em.createQuery("delete from ContributionAccess a where a.installation = :installation")
                .setParameter("installation", installation)
                .executeUpdate();
    }

    /** Requests under custom terms that wait for a decision, oldest first. */
    @RolesAllowed(CallerName.CLOUD_ADMIN)
    public List<AccessRequestRow> pending() {
        return rows(em.createNamedQuery("ContributionAccess.withStatus", ContributionAccess.class)
                .setParameter("status", ContributionAccessStatus.PENDING).getResultList());
    }

    /** The latest decisions, newest first. */
    @RolesAllowed(CallerName.CLOUD_ADMIN)
    public List<AccessRequestRow> recentlyDecided() {
        return rows(em.createNamedQuery("ContributionAccess.decided", ContributionAccess.class)
                .setMaxResults(RECENT_DECISIONS).getResultList());
    }

    /**
     * @throws RequestRefusedException 404 for an unknown request; 409 when it is no longer pending (decided by someone
     *         else, or disabled by the instance meanwhile)
     */
    @RolesAllowed(CallerName.CLOUD_ADMIN)
    public AccessRequestRow decide(long accessId, boolean approve) {
        ContributionAccess access = em.find(ContributionAccess.class, accessId, LockModeType.PESSIMISTIC_WRITE);
        if (access == null) {
            throw RequestRefusedException.notFound();
        }
        if (!access.isPending()) {
            throw RequestRefusedException.conflict("This request is no longer pending: it is " + access.getStatus().apiName() + ".");
        }
        access.decide(approve, session.getCallerPrincipal().getName(), Instant.now());
        return rows(List.of(access)).get(0);
    }

    private List<AccessRequestRow> rows(List<ContributionAccess> accesses) {
        return accesses.stream().map(a -> new AccessRequestRow(a.getId(), a.getInstallation().getAccount().getLogin(),
                a.getInstallation().getAccount().getType().label(), CallingInstallation.hostname(em, a.getInstallation()),
                a.getRequestedBy(), a.getRequestedAt(), a.getStatus(), a.getDecidedBy(), a.getDecidedAt())).toList();
    }

    private Optional<ContributionAccess> find(long installationId, LockModeType lock) {
        return em.createNamedQuery("ContributionAccess.ofInstallation", ContributionAccess.class)
                .setParameter("installationId", installationId)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }

    private Optional<CloudUser> owner(Account account, long userId) {
        return em.createQuery("select m.user from Membership m where m.user.id = :userId and m.account = :account "
                        + "and m.role = :role", CloudUser.class)
                .setParameter("userId", userId)
                .setParameter("account", account)
                .setParameter("role", MembershipRole.OWNER)
                .getResultStream().findFirst();
    }

    private static String kind(Account account) {
        return account.getType() == AccountType.ORGANIZATION ? "organization" : "enterprise account";
    }
}
