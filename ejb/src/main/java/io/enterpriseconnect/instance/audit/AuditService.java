package io.enterpriseconnect.instance.audit;

import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.audit.domain.AuditEntry;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The audit log of GitHub Connect. Site administrators read it; the services write it. */
@Stateless
public class AuditService {

    /** Who the container's own work (timers) is recorded as. */
    public static final String SYSTEM = "system";
    public static final int MAX_LIMIT = 500;

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    /**
     * Records in its own transaction, so a failure is on record even when the failed action's
     * transaction rolls back.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String action, AuditOutcome outcome, String detail) {
        em.persist(new AuditEntry(Instant.now(Clock.systemUTC()), actor, action, outcome, detail));
    }

    /** The latest entries, newest first. */
    @RolesAllowed(Role.SITE_ADMIN)
    public List<AuditEntry> latest(@Min(value = 1, message = "{instance.audit.limit}")
            @Max(value = MAX_LIMIT, message = "{instance.audit.limit}") int limit) {
        return em.createQuery("select e from AuditEntry e order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
