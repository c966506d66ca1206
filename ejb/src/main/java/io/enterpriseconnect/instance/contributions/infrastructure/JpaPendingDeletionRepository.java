package io.enterpriseconnect.instance.contributions.infrastructure;

import io.enterpriseconnect.instance.connect.infrastructure.CloudRetryBackoff;
import io.enterpriseconnect.instance.contributions.domain.PendingDeletion;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The deletions still to make on the cloud, oldest first (a user who stops and starts sending again
 * has their old counts deleted before the restore). Attempted by the sync, which holds the lease:
 * a deletion never races a batch that still carries the user's counts.
 */
@Stateless
@PermitAll
public class JpaPendingDeletionRepository {

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @Inject
    CloudRetryBackoff backoff;

    public long add(PendingDeletion.Kind kind, Long cloudUserId, String cloudLogin, String requestedBy, Instant now) {
        PendingDeletion deletion = new PendingDeletion(kind, cloudUserId, cloudLogin, requestedBy, now);
        em.persist(deletion);
        em.flush();
        return deletion.getId();
    }

    /** Every pending deletion, oldest first. */
    public List<PendingDeletion> all() {
        return em.createQuery("select d from PendingDeletion d order by d.id", PendingDeletion.class).getResultList();
    }

    public boolean anyDue(Instant now) {
        return !em.createQuery("select d.id from PendingDeletion d where d.nextAttemptAt <= :now", Long.class)
                .setParameter("now", now).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean pendingFor(long cloudUserId) {
        return !em.createQuery("select d.id from PendingDeletion d where d.cloudUserId = :user", Long.class)
                .setParameter("user", cloudUserId).setMaxResults(1).getResultList().isEmpty();
    }

    /** A deletion of a user's link or counts that {@code login} asked for is waiting. */
    public boolean pendingRequestedBy(String login) {
        return !em.createQuery("select d.id from PendingDeletion d where d.requestedBy = :login"
                        + " and d.cloudUserId is not null", Long.class)
                .setParameter("login", login).setMaxResults(1).getResultList().isEmpty();
    }

    /** The cloud users whose link or counts wait to be deleted. */
    public List<Long> cloudUsersWaiting() {
        return em.createQuery("select distinct d.cloudUserId from PendingDeletion d where d.cloudUserId is not null",
                Long.class).getResultList();
    }

    /** Whether any deletion is waiting. */
    public boolean any() {
        return !em.createQuery("select d.id from PendingDeletion d", Long.class).setMaxResults(1).getResultList()
                .isEmpty();
    }

    public long count() {
        return em.createQuery("select count(d) from PendingDeletion d", Long.class).getSingleResult();
    }

    public void done(long id) {
        em.createQuery("delete from PendingDeletion d where d.id = :id").setParameter("id", id).executeUpdate();
    }

    /** @return when it will be tried again */
    public Instant failed(long id, String error, Instant now) {
        PendingDeletion deletion = em.find(PendingDeletion.class, id);
        if (deletion == null) {
            return now;
        }
        return deletion.failed(error, backoff, now);
    }

    /** GitHub Connect was disabled: the cloud deletes the app's data with it, nothing is left to ask for. */
    public void clear() {
        em.createQuery("delete from PendingDeletion d").executeUpdate();
    }
}
