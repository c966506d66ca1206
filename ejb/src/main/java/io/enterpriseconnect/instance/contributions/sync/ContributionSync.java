package io.enterpriseconnect.instance.contributions.sync;

import io.enterpriseconnect.instance.accounts.Role;
import io.enterpriseconnect.instance.connect.ConnectConflictException;
import io.enterpriseconnect.instance.connect.ConnectionState;
import io.enterpriseconnect.instance.connect.ConnectionStore;
import io.enterpriseconnect.instance.contributions.AccessStatus;
import io.enterpriseconnect.instance.contributions.ContributionSettings;
import io.enterpriseconnect.instance.contributions.DeletionQueue;
import io.enterpriseconnect.instance.contributions.UnifiedContributionsStore;
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
public class ContributionSync {

    static final int HISTORY = 20;

    @Resource
    SessionContext caller;

    @EJB
    SyncStore store;

    @EJB
    SyncRunner runner;

    @EJB
    DeletionQueue deletions;

    @EJB
    UnifiedContributionsStore feature;

    @EJB
    ConnectionStore connection;

    @EJB
    ContributionSettings settings;

    public SyncStatus status() {
        SyncStore.State state = store.state();
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
            throw new ConnectConflictException("GitHub Connect is not connected");
        }
        if (feature.status() != AccessStatus.ENABLED && deletions.all().isEmpty()) {
            throw new ConnectConflictException("Unified contributions are not enabled; an enterprise owner requests "
                    + "access on the GitHub Connect page");
        }
        runner.startSoon(SyncRun.Trigger.MANUAL, caller.getCallerPrincipal().getName());
        return status();
    }

    private boolean connected() {
        return connection.connection().getState() == ConnectionState.CONNECTED;
    }
}
