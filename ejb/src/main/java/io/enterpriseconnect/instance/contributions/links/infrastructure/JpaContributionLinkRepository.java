package io.enterpriseconnect.instance.contributions.links.infrastructure;

import io.enterpriseconnect.instance.contributions.domain.PendingDeletion;
import io.enterpriseconnect.instance.contributions.infrastructure.CloudContributionClient;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaPendingDeletionRepository;
import io.enterpriseconnect.instance.contributions.links.ContributionLinkService;
import io.enterpriseconnect.instance.contributions.links.domain.ContributionLink;
import io.enterpriseconnect.instance.contributions.links.domain.ContributionLinkRequest;
import io.enterpriseconnect.instance.contributions.links.domain.NotLinkedException;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import io.enterpriseconnect.instance.platform.Sha256;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links' changes in the database, each one transaction: a change that must reach the cloud
 * (stop sending, unlink) is queued in the same transaction, so it is never lost. Roles are checked
 * by {@link ContributionLinkService}.
 */
@Stateless
@PermitAll
public class JpaContributionLinkRepository {

    private static final int STATE_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @EJB
    JpaPendingDeletionRepository deletions;

    @Inject
    @ConfigProperty(name = "instance.connect.state-minutes", defaultValue = "15")
    long stateMinutes;

    /** A state for the trip to the cloud and until when it works. */
    public record Issued(String state, Instant expiresAt) {

        @Override
        public String toString() {
            return "Issued[expiresAt=" + expiresAt + "]";
        }
    }

    public Optional<ContributionLink> of(long userId) {
        return Optional.ofNullable(em.find(ContributionLink.class, userId));
    }

    public Issued issue(String login, Instant now) {
        byte[] bytes = new byte[STATE_BYTES];
        RANDOM.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(Duration.ofMinutes(stateMinutes));
        em.persist(new ContributionLinkRequest(Sha256.hex(state), login, now, expires));
        return new Issued(state, expires);
    }

    /** Uses the state up; committed before the code goes to the cloud. */
    public void redeem(String state, String login, Instant now) {
        em.createQuery("select r from ContributionLinkRequest r where r.stateHash = :hash", ContributionLinkRequest.class)
                .setParameter("hash", Sha256.hex(state))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("state", "does not match any connection you started: "
                        + "click Connect to GitHub.com again").as("links.state.unknown"))
                .redeem(login, now);
    }

    /**
     * Links the user to the cloud account. A link to another cloud account before it is replaced, and
     * that account's link and counts are queued for deletion; linking the same account again keeps
     * the user's choice.
     */
    public ContributionLink link(long userId, CloudContributionClient.CloudUser cloudUser, String by, Instant now) {
        ContributionLink existing = em.find(ContributionLink.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (existing != null && existing.getCloudUserId() == cloudUser.id()) {
            return existing;
        }
        if (existing != null) {
            deletions.add(PendingDeletion.Kind.USER_LINK, existing.getCloudUserId(), existing.getCloudLogin(), by, now);
            em.remove(existing);
            em.flush();
        }
        ContributionLink link = new ContributionLink(userId, cloudUser.id(), cloudUser.login(), now);
        em.persist(link);
        return link;
    }

    /** Starts sending (the past 90 days go with the next sync) or stops (the cloud's counts are queued for deletion). */
    public ContributionLink share(long userId, boolean send, String by, Instant now) {
        ContributionLink link = em.find(ContributionLink.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (link == null) {
            throw new NotLinkedException();
        }
        if (link.isSharing() && !send) {
            deletions.add(PendingDeletion.Kind.USER_COUNTS, link.getCloudUserId(), link.getCloudLogin(), by, now);
        }
        if (link.isSharing() != send) {
            link.share(send, now);
        }
        return link;
    }

    /** Removes the link at once; the cloud's link and counts are queued for deletion. */
    public Optional<ContributionLink> unlink(long userId, String by, Instant now) {
        ContributionLink link = em.find(ContributionLink.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (link == null) {
            return Optional.empty();
        }
        deletions.add(PendingDeletion.Kind.USER_LINK, link.getCloudUserId(), link.getCloudLogin(), by, now);
        em.remove(link);
        return Optional.of(link);
    }

    /** The feature came back on: everyone who chose to send gets the past 90 days restored. */
    public int restoreEveryoneSharing(Instant now) {
        return em.createQuery("update ContributionLink l set l.restoreRequestedAt = :now where l.sharing = true")
                .setParameter("now", now).executeUpdate();
    }

    /** GitHub Connect was disabled: the links belonged to its app, which the cloud deletes. */
    public void deleteAll() {
        em.createQuery("delete from ContributionLink l").executeUpdate();
        em.createQuery("delete from ContributionLinkRequest r").executeUpdate();
    }

    public void deleteExpiredRequests(Instant now) {
        em.createQuery("delete from ContributionLinkRequest r where r.expiresAt < :now").setParameter("now", now).executeUpdate();
    }
}
