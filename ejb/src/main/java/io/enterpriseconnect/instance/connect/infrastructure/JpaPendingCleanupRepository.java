package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.connect.domain.AppGrant;
import io.enterpriseconnect.instance.connect.domain.ConnectStatus;
import io.enterpriseconnect.instance.connect.domain.PendingCleanup;
import io.enterpriseconnect.instance.platform.CredentialVault;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The apps still to delete on the cloud, each claimed by one node at a time and retried with backoff. */
@Stateless
@PermitAll
public class JpaPendingCleanupRepository {

    /** How long one attempt may hold a row before another node may take it over. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @EJB
    CredentialVault vault;

    @Inject
    CloudRetryBackoff backoff;

    /** An app created by a connection that then failed: it must not stay behind on the cloud. */
    public long schedule(AppGrant grant, Long installationId, String requestedBy, Instant now) {
        PendingCleanup pending = new PendingCleanup(grant.appId(), installationId,
                vault.seal(PendingCleanup.PRIVATE_KEY, grant.pem()), requestedBy, now);
        em.persist(pending);
        em.flush();
        return pending.getId();
    }

    public List<Long> due(Instant now) {
        return em.createQuery("select c.id from PendingCleanup c where c.nextAttemptAt <= :now order by c.id", Long.class)
                .setParameter("now", now)
                .getResultList();
    }

    /** Takes a due row for one attempt; false when another node has it or it is gone. */
    public boolean claim(long id, Instant now) {
        return em.createQuery("update PendingCleanup c set c.nextAttemptAt = :until where c.id = :id"
                        + " and c.nextAttemptAt <= :now")
                .setParameter("until", now.plus(CLAIM))
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** What an attempt needs: the app, the installation if known, and the opened private key. */
    public Optional<Target> target(long id) {
        return Optional.ofNullable(em.find(PendingCleanup.class, id)).map(c -> new Target(c.getId(), c.getAppId(),
                c.getInstallationId(), vault.open(PendingCleanup.PRIVATE_KEY, c.getSealedPrivateKey()),
                c.getAttempts()));
    }

    public void done(long id) {
        em.createQuery("delete from PendingCleanup c where c.id = :id").setParameter("id", id).executeUpdate();
    }

    /** @return when the next attempt will be */
    public Instant failed(long id, String error, Instant now) {
        PendingCleanup pending = em.find(PendingCleanup.class, id);
        if (pending == null) {
            return now;
        }
        return pending.failed(error, backoff, now);
    }

    /** For the status: how many are pending and the most recent one's progress. */
    public Optional<ConnectStatus.Cleanup> summary() {
        return em.createQuery("select c from PendingCleanup c order by c.createdAt desc", PendingCleanup.class)
                .setMaxResults(1).getResultStream().findFirst()
                .map(latest -> new ConnectStatus.Cleanup(count(), latest.getAttempts(), latest.getNextAttemptAt(),
                        latest.getLastError()));
    }

    /** Whether a deletion on the cloud still waits. */
    public boolean any() {
        return !em.createQuery("select c.id from PendingCleanup c", Long.class).setMaxResults(1).getResultList()
                .isEmpty();
    }

    private int count() {
        return em.createQuery("select count(c) from PendingCleanup c", Long.class).getSingleResult().intValue();
    }

    /** One cleanup, ready to attempt; toString leaves the key out. */
    public record Target(long id, long appId, Long installationId, String privateKeyPem, int attempts) {

        @Override
        public String toString() {
            return "Target[id=" + id + ", appId=" + appId + ", installationId=" + installationId + "]";
        }
    }
}
