package io.enterpriseconnect.instance.contributions.sync.infrastructure;

import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaPendingDeletionRepository;
import io.enterpriseconnect.instance.contributions.sync.domain.SyncRun;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Instant;

/**
 * Each minute on every node: is a sync due (the interval has passed, someone clicked Sync now, a
 * user asked for a restore, a deletion is due)? Then {@link SyncExecution} runs it if this node
 * takes the lease.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncTimer {

    @EJB
    SyncExecution execution;

    @EJB
    JdbcSyncRepository store;

    @EJB
    JpaPendingDeletionRepository deletions;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void tick() {
        Instant now = Instant.now(Clock.systemUTC());
        if (!execution.connected()) {
            return;
        }
        JdbcSyncRepository.State state = store.state();
        if ((execution.enabled() && due(state, now)) || deletions.anyDue(now)) {
            execution.run(SyncRun.Trigger.SCHEDULE, AuditService.SYSTEM);
        }
    }

    private boolean due(JdbcSyncRepository.State state, Instant now) {
        boolean scheduled = state.nextDueAt() == null || !state.nextDueAt().isAfter(now);
        if (state.failures() > 0) {
            return scheduled;
        }
        return scheduled || state.requestedAt() != null || store.anyRestorePending();
    }
}
