package io.enterpriseconnect.cloud.contributions.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Deletes expired user-linking codes every hour. They are refused once expired anyway; this keeps
 * the table small. Idempotent, so several cloud nodes may run it.
 */
@Singleton
public class ExpiredLinkCodeTimer {

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void deleteExpired() {
        em.createQuery("delete from LinkCode c where c.expiresAt < :now").setParameter("now", Instant.now())
                .executeUpdate();
    }
}
