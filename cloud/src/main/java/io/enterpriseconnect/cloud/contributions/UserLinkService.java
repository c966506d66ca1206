package io.enterpriseconnect.cloud.contributions;

import io.enterpriseconnect.cloud.accounts.CloudUserService;
import io.enterpriseconnect.cloud.accounts.domain.CloudUser;
import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.cloud.contributions.domain.LinkCode;
import io.enterpriseconnect.cloud.contributions.domain.LinkPrompt;
import io.enterpriseconnect.cloud.contributions.domain.UserLink;
import io.enterpriseconnect.cloud.contributions.domain.UserLinkRequest;
import io.enterpriseconnect.cloud.contributions.infrastructure.CallingInstallation;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.cloud.platform.api.GitHubTime;
import io.enterpriseconnect.protocol.contributions.LinkedUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Linking an instance user to a cloud user, OAuth-style: the user reviews what will be shared and
 * clicks Authorize on the cloud, the browser takes a one-time code back to the instance, and the
 * instance trades it for the link with its installation token.
 */
@Stateless
@RolesAllowed(CallerName.USER)
public class UserLinkService {

    static final String INVALID_CODE = "The code is unknown, already used or expired: ask the user to connect again";

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CloudUserService users;

    @Inject
    ContributionCountService counts;

    @Inject
    @ConfigProperty(name = "cloud.contributions.link-code-minutes", defaultValue = "10")
    long codeMinutes;

    /**
     * What the signed-in user is asked to authorize, with the reason they cannot when they are already
     * linked from another user of the same instance.
     *
     * @throws RequestRefusedException 422 naming the parameter that is wrong (unknown client_id, redirect elsewhere, …)
     */
    public LinkPrompt prompt(UserLinkRequest request) {
        request.validate();
        Installation installation = installationOfClient(request.clientId());
        String hostname = CallingInstallation.hostname(em, installation);
        request.validateFor(hostname);
        CloudUser user = caller();
        String blocked = em.createNamedQuery("UserLink.ofInstallation", UserLink.class)
                .setParameter("installationId", installation.getId())
                .setParameter("userId", user.getId())
                .setParameter("instanceLogin", request.instanceLogin())
                .getResultStream()
                .filter(link -> link.getUserId().equals(user.getId())
                        && !link.getInstanceLogin().equalsIgnoreCase(request.instanceLogin()))
                .findFirst()
                .map(link -> alreadyLinked(user.getLogin(), link, hostname))
                .orElse(null);
        return new LinkPrompt(hostname, installation.getAccount().getLogin(), user.getLogin(), request.instanceLogin(),
                blocked);
    }

    /**
     * The user clicked Authorize: a code for the instance.
     *
     * @return where to send the browser: the redirect URI with the code and state
     * @throws RequestRefusedException 409 when the user is already linked from another user of this instance
     */
    public String authorize(UserLinkRequest request) {
        LinkPrompt prompt = prompt(request);
        if (prompt.blockedReason() != null) {
            throw RequestRefusedException.conflict(prompt.blockedReason());
        }
        Installation installation = installationOfClient(request.clientId());
        LinkCode.Issued issued = LinkCode.issue(installation.getId(), caller().getId(), request.instanceLogin(),
                Instant.now(), Duration.ofMinutes(codeMinutes));
        em.persist(issued.stored());
        return request.callbackWith(issued.code());
    }

    /**
     * The instance trades the code for the link. Linking again the same pair changes nothing; an
     * instance user who linked another cloud user before is re-linked, and that cloud user's counts
     * from this instance are deleted with the old link.
     *
     * @throws RequestRefusedException 422 for a code that is unknown, used, expired or for another installation; 409
     *         when the cloud user is already linked from another instance user
     */
    @RolesAllowed(CallerName.INSTALLATION)
    public LinkedUser redeem(String code, String remoteAddress) {
        Installation installation = CallingInstallation.calling(em, session);
        installation.getAccount().requireAllowed(remoteAddress);
        Instant now = Instant.now();
        LinkCode linkCode = em.createNamedQuery("LinkCode.byHash", LinkCode.class)
                .setParameter("hash", LinkCode.hash(code))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE) // the same code twice at once: the second waits, then fails
                .getResultStream().findFirst()
                .filter(c -> c.isRedeemable(now) && c.getInstallationId().equals(installation.getId()))
                .orElseThrow(() -> RequestRefusedException.invalid("code", INVALID_CODE));
        linkCode.markUsed(now);
        CloudUser user = em.find(CloudUser.class, linkCode.getUserId());
        UserLink link = link(installation, user, linkCode.getInstanceLogin(), now);
        return new LinkedUser(user.getId(), user.getLogin(), link.getInstanceLogin(), GitHubTime.of(link.getLinkedAt()));
    }

    /**
     * Unlinks a user and deletes their counts from this instance. The link goes first: a batch that
     * found the user linked holds the link's row lock, so this waits for it and then deletes what it
     * wrote. Unlinking twice is fine.
     */
    @RolesAllowed(CallerName.INSTALLATION)
    public void unlink(long userId, String remoteAddress) {
        Installation installation = CallingInstallation.calling(em, session);
        installation.getAccount().requireAllowed(remoteAddress);
        em.createQuery("delete from UserLink l where l.installationId = :installationId and l.userId = :userId")
                .setParameter("installationId", installation.getId())
                .setParameter("userId", userId)
                .executeUpdate();
        counts.deleteUnlinked(installation.getId(), userId);
    }

    private UserLink link(Installation installation, CloudUser user, String instanceLogin, Instant now) {
        List<UserLink> existing = em.createNamedQuery("UserLink.ofInstallation", UserLink.class)
                .setParameter("installationId", installation.getId())
                .setParameter("userId", user.getId())
                .setParameter("instanceLogin", instanceLogin)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Optional<UserLink> same = existing.stream().filter(l -> l.joins(user.getId(), instanceLogin)).findFirst();
        if (same.isPresent()) {
            same.get().relinked(now);
            return same.get();
        }
        String hostname = CallingInstallation.hostname(em, installation);
        for (UserLink other : existing) {
            if (other.getUserId().equals(user.getId())) {
                throw RequestRefusedException.conflict(alreadyLinked(user.getLogin(), other, hostname));
            }
        }
        existing.forEach(em::remove);
        em.flush(); // the old link's row (and instance login) must be gone before the new one is inserted
        existing.forEach(old -> counts.deleteUnlinked(installation.getId(), old.getUserId()));
        UserLink link = new UserLink(installation.getId(), user.getId(), instanceLogin, now);
        em.persist(link);
        return link;
    }

    private Installation installationOfClient(String clientId) {
        return em.createQuery("select i from Installation i join fetch i.account join fetch i.app a "
                        + "where a.clientId = :clientId", Installation.class)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst()
                .orElseThrow(() -> RequestRefusedException.invalid("client_id",
                        "client_id does not belong to a connected instance: it may have been disconnected"));
    }

    private CloudUser caller() {
        return users.findByLogin(session.getCallerPrincipal().getName()).orElseThrow(RequestRefusedException::notFound);
    }

    private static String alreadyLinked(String login, UserLink link, String hostname) {
        return "Your account " + login + " already receives contributions from the user " + link.getInstanceLogin()
                + " on " + hostname + ". Disconnect it there first: a cloud account can be connected to one user "
                + "of each instance.";
    }
}
