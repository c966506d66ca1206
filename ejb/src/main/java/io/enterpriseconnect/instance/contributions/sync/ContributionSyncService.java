package io.enterpriseconnect.instance.contributions.sync;

import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.connect.domain.ConnectionState;
import io.enterpriseconnect.instance.connect.infrastructure.JpaCloudConnectionRepository;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import io.enterpriseconnect.instance.contributions.infrastructure.ContributionConfiguration;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaPendingDeletionRepository;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaUnifiedContributionsStateRepository;
import io.enterpriseconnect.instance.contributions.sync.domain.SyncRun;
import io.enterpriseconnect.instance.contributions.sync.domain.SyncStatus;
import io.enterpriseconnect.instance.contributions.sync.infrastructure.JdbcSyncRepository;
import io.enterpriseconnect.instance.contributions.sync.infrastructure.SyncExecution;
import io.enterpriseconnect.instance.platform.ConflictException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** The sync for site administrators: its status and history, and "Sync now". */
@Stateless
@RolesAllowed(Role.SITE_ADMIN)
public class ContributionSyncService {

    static final int HISTORY = 20;

    @Resource
    SessionContext caller;

    @EJB
    JdbcSyncRepository store;

    @EJB
    SyncExecution runner;

    @EJB
    JpaPendingDeletionRepository deletions;

    @EJB
    JpaUnifiedContributionsStateRepository feature;

    @EJB
    JpaCloudConnectionRepository connection;

    @EJB
    ContributionConfiguration settings;

    public SyncStatus status() {
        JdbcSyncRepository.State state = store.state();
        return new SyncStatus(feature.status(), connected(), store.running().map(SyncStatus.Run::of).orElse(null),
                store.history(HISTORY).stream().map(SyncStatus.Run::of).toList(),
                deletions.all().stream().map(d -> new SyncStatus.Deletion(d.getKind().name(), d.describe(),
                        d.getRequestedBy(), d.getCreatedAt(), d.getAttempts(), d.getNextAttemptAt(), d.getLastError()))
                        .toList(),
                state.lastSuccessAt(), state.nextDueAt(), settings.syncInterval().toMinutes(), state.cursor().version());
    }

    /**
     * "Sync now": starts a sync in the background and returns at once; while one runs, no second
     * starts (the running one is shown, and another follows it).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SyncStatus syncNow() {
        if (!connected()) {
            throw new ConflictException("GitHub Connect is not connected").as("connect.notConnected");
        }
        if (feature.status() != UnifiedContributionsStatus.ENABLED && !deletions.any()) {
            throw new ConflictException("Unified contributions are not enabled; an enterprise owner requests "
                    + "access on the GitHub Connect page").as("sync.notEnabled");
        }
        runner.startSoon(SyncRun.Trigger.MANUAL, caller.getCallerPrincipal().getName());
        return status();
    }

    private boolean connected() {
        return connection.connection().getState() == ConnectionState.CONNECTED;
    }
}
