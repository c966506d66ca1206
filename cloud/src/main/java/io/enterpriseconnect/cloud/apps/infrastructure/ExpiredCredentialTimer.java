package io.enterpriseconnect.cloud.apps.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Deletes expired installation tokens and manifest codes every hour. Both are already refused once
 * expired; this only keeps the tables small. Idempotent, so several cloud nodes may run it.
 */
@Singleton
public class ExpiredCredentialTimer {

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void deleteExpired() {
        Instant now = Instant.now();
        em.createNamedQuery("InstallationToken.deleteExpired").setParameter("now", now).executeUpdate();
        em.createQuery("delete from ManifestCode c where c.expiresAt < :now").setParameter("now", now).executeUpdate();
    }
}
