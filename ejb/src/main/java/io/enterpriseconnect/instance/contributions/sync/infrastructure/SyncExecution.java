package io.enterpriseconnect.instance.contributions.sync.infrastructure;

import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import io.enterpriseconnect.instance.connect.domain.Backoff;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.ConnectionState;
import io.enterpriseconnect.instance.connect.infrastructure.JpaCloudConnectionRepository;
import io.enterpriseconnect.instance.contributions.domain.CloudCount;
import io.enterpriseconnect.instance.contributions.domain.PendingDeletion;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import io.enterpriseconnect.instance.contributions.domain.UtcDay;
import io.enterpriseconnect.instance.contributions.infrastructure.CloudContributionClient;
import io.enterpriseconnect.instance.contributions.infrastructure.ContributionConfiguration;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaPendingDeletionRepository;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaUnifiedContributionsStateRepository;
import io.enterpriseconnect.instance.contributions.sync.domain.DeltaRow;
import io.enterpriseconnect.instance.contributions.sync.domain.DeltaSync;
import io.enterpriseconnect.instance.contributions.sync.domain.SyncRun;
import io.enterpriseconnect.instance.platform.ConflictException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The contribution sync's runs. {@link SyncTimer} on every node looks each minute whether a sync is
 * due; the node that takes the {@link SyncLease} runs it, the others skip. One run: pending deletions (oldest first),
 * restores of the past 90 days for users who chose to send again, then every changed row after the
 * high-water mark in batches, then the deletions and restores asked for meanwhile. Each step's
 * database work is its own transaction; the calls to the cloud run outside any.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ContributionConfiguration"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncExecution {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final String ACTION = "contributions-sync";
    static final String DELETION = "contributions-deletion";
    /** Batches on their way at once: the next is read while the cloud applies the last. */
    static final int IN_FLIGHT = 4;
    private static final Logger LOG = Logger.getLogger(SyncExecution.class.getName());

    /** What a call to {@link #run} did. */
    public enum Result {
        SUCCEEDED,
        FAILED,
        /** Another run holds the lease (on this node or another). */
        BUSY,
        NOT_CONNECTED
    }

    @EJB
    JdbcSyncRepository store;

    @EJB
    JpaPendingDeletionRepository deletions;

    @EJB
    JpaCloudConnectionRepository connection;

    @EJB
    JpaUnifiedContributionsStateRepository feature;

    @EJB
    ContributionConfiguration settings;

    @EJB
    AuditService audit;

    @Inject
    CloudContributionClient cloud;

    @Resource
    ManagedExecutorService executor;

    @Inject
    SyncLease lease;

    @PostConstruct
    void forgetOwnLeases() {
        lease.forgetOwn();
    }

    /** Runs in the background; if a run is under way, asks for one right after it. */
    @Asynchronous
    public void startSoon(SyncRun.Trigger trigger, String actor) {
        if (run(trigger, actor) == Result.BUSY) {
            store.request(now(), actor);
            // The holder looks for a request after it lets go of the lease: trying once more here
            // closes the gap between its look and this request.
            run(trigger, actor);
        }
    }

    /** Runs a sync if no other holds the lease, then the one asked for meanwhile, if any. */
    public Result run(SyncRun.Trigger trigger, String actor) {
        Result result = runOnce(trigger, actor);
        if (result != Result.SUCCEEDED) {
            return result;
        }
        String askedBy = store.state().requestedBy();
        return askedBy == null ? result : run(SyncRun.Trigger.MANUAL, askedBy);
    }

    private Result runOnce(SyncRun.Trigger trigger, String actor) {
        Instant started = now();
        if (!connected()) {
            return Result.NOT_CONNECTED;
        }
        if (!lease.claim(started)) {
            return Result.BUSY;
        }
        try {
            store.closeAbandonedRuns(started);
            Run run = new Run(store.startRun(trigger, actor, lease.holder(), started));
            try {
                run.deletions();
                if (enabled()) {
                    run.total = store.countDeltaAfter(store.state().cursor());
                    run.restores();
                    run.delta();
                    run.deletions();
                    run.restores();
                }
                store.finishRun(run.id, SyncRun.Status.SUCCEEDED, null, now());
                store.succeeded(started, started.plus(settings.syncInterval()));
                if (trigger == SyncRun.Trigger.MANUAL) {
                    audit.record(actor, ACTION, AuditOutcome.SUCCESS, run.summary());
                }
                return Result.SUCCEEDED;
            } catch (CloudCallException | ConflictException | SyncLease.LeaseLost e) {
                return failed(run, started, actor, e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Contribution sync failed", e);
                return failed(run, started, actor, "Unexpected error: " + e);
            }
        } finally {
            lease.release();
        }
    }

    /**
     * Tries the pending deletions at once (a user just stopped sending). If a sync holds the lease,
     * it makes them when its batches are done, so none races a batch still carrying those counts.
     *
     * @return true if none is left
     */
    public boolean deleteNow() {
        Instant now = now();
        if (!connected() || !lease.claim(now)) {
            return false;
        }
        try {
            new Run(-1).deletions();
        } catch (CloudCallException e) {
            LOG.info(() -> "Contribution deletion pending: " + e.getMessage());
        } finally {
            lease.release();
        }
        return !deletions.any();
    }

    private Result failed(Run run, Instant started, String actor, String error) {
        Instant retryAt = now().plus(Backoff.after(store.state().failures() + 1, FIRST_RETRY, settings.syncInterval()));
        store.finishRun(run.id, SyncRun.Status.FAILED, error, now());
        store.failedRun(started, retryAt);
        audit.record(actor, ACTION, AuditOutcome.FAILURE, error + "; " + run.summary() + "; next attempt " + retryAt);
        return Result.FAILED;
    }

    /** Whether GitHub Connect is connected: without it nothing runs. */
    public boolean connected() {
        return connection.connection().getState() == ConnectionState.CONNECTED;
    }

    /** Whether the enterprise shares unified contributions: without it only deletions run. */
    public boolean enabled() {
        return feature.status() == UnifiedContributionsStatus.ENABLED;
    }

    /** One run's steps and counters; its progress is written after every batch. */
    private final class Run {

        final long id;
        long total;
        long done;
        int batches;
        int restored;
        int deleted;

        Run(long id) {
            this.id = id;
        }

        void deletions() {
            for (PendingDeletion deletion : SyncExecution.this.deletions.all()) {
                try {
                    switch (deletion.getKind()) {
                        case USER_COUNTS -> cloud.deleteCounts(deletion.getCloudUserId());
                        case USER_LINK -> cloud.unlink(deletion.getCloudUserId());
                        case ALL -> cloud.disable();
                    }
                } catch (CloudCallException e) {
                    Instant retryAt = SyncExecution.this.deletions.failed(deletion.getId(), e.getMessage(), now());
                    audit.record(deletion.getRequestedBy(), DELETION, AuditOutcome.PENDING, "Not deleted on the cloud "
                            + "yet: " + deletion.describe() + ": " + e.getMessage() + "; retrying at " + retryAt);
                    if (CloudContributionClient.unreachable(e)) {
                        throw e;
                    }
                    continue;
                }
                SyncExecution.this.deletions.done(deletion.getId());
                deleted++;
                audit.record(deletion.getRequestedBy(), DELETION, AuditOutcome.SUCCESS, "Deleted on the cloud: "
                        + deletion.describe() + (deletion.getAttempts() > 0
                        ? " after " + (deletion.getAttempts() + 1) + " attempts" : ""));
                report();
            }
        }

        /** The past 90 days of each user who chose to send again, after any deletion of theirs. */
        void restores() {
            Set<Long> waitingForDeletion = Set.copyOf(SyncExecution.this.deletions.cloudUsersWaiting());
            List<JdbcSyncRepository.Restore> batchUsers = new ArrayList<>();
            List<CloudCount> batch = new ArrayList<>();
            for (JdbcSyncRepository.Restore restore : store.restoresPending()) {
                if (waitingForDeletion.contains(restore.cloudUserId())) {
                    continue;
                }
                List<CloudCount> rows = store.restoreRows(restore,
                        UtcDay.today().minusDays(ContributionConfiguration.RESTORE_DAYS - 1L));
                if (!batch.isEmpty() && batch.size() + rows.size() > settings.batchSize()) {
                    sendRestores(batchUsers, batch);
                }
                batchUsers.add(restore);
                batch.addAll(rows);
                total += rows.size();
            }
            if (!batchUsers.isEmpty()) {
                sendRestores(batchUsers, batch);
            }
        }

        private void sendRestores(List<JdbcSyncRepository.Restore> users, List<CloudCount> rows) {
            for (int from = 0; from < rows.size(); from += settings.batchSize()) {
                List<CloudCount> part = rows.subList(from, Math.min(rows.size(), from + settings.batchSize()));
                cloud.send(UUID.randomUUID(), List.copyOf(part));
                lease.renew();
                done += part.size();
                batches++;
            }
            users.forEach(store::restored);
            restored += users.size();
            users.clear();
            rows.clear();
            report();
        }

        void delta() {
            DeltaSync.Outcome outcome = DeltaSync.run(store.state().cursor(), settings.batchSize(), IN_FLIGHT,
                    store::deltaAfter, batch -> CompletableFuture.runAsync(
                            () -> cloud.send(UUID.randomUUID(), batch.stream().map(DeltaRow::toCloud).toList()), executor),
                    (to, rows) -> {
                        done += rows;
                        batches++;
                        return lease.advance(to, id, progress());
                    });
            if (outcome.leaseLost()) {
                throw new SyncLease.LeaseLost();
            }
        }

        void report() {
            if (id > 0) {
                store.progress(id, progress());
            }
        }

        JdbcSyncRepository.Progress progress() {
            return new JdbcSyncRepository.Progress(Math.max(total, done), done, batches, restored, deleted);
        }

        String summary() {
            return done + " counts sent in " + batches + " batches, " + restored + " users restored, " + deleted
                    + " deletions";
        }
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
