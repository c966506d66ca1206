package io.enterpriseconnect.instance.contributions.infrastructure;

import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsState;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Reads and locks the enterprise's unified contributions row; roles are checked by the services. */
@Stateless
@PermitAll
public class JpaUnifiedContributionsStateRepository {

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    public UnifiedContributionsState state() {
        return em.find(UnifiedContributionsState.class, UnifiedContributionsState.THE_STATE);
    }

    public UnifiedContributionsStatus status() {
        return state().getStatus();
    }

    /** The row, locked until the caller's transaction ends: two owners or two nodes take turns. */
    public UnifiedContributionsState locked() {
        return em.find(UnifiedContributionsState.class, UnifiedContributionsState.THE_STATE,
                LockModeType.PESSIMISTIC_WRITE);
    }
}
