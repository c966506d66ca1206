package io.enterpriseconnect.instance.contributions.sync.domain;

import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import java.time.Instant;
import java.util.List;

/**
 * The sync status page and {@code GET /api/contributions/sync}: the running sync with its progress,
 * recent runs, deletions the cloud has not confirmed ("Cleanup pending"), and the schedule.
 */
public record SyncStatus(UnifiedContributionsStatus feature, boolean connectConnected, Run running, List<Run> history,
        List<Deletion> cleanupPending, Instant lastSuccessAt, Instant nextDueAt, long intervalMinutes,
        long highWaterVersion) {

    /** One run; {@code percent} is rows done of rows to send. */
    public record Run(long id, Instant startedAt, Instant finishedAt, String trigger, String startedBy, String status,
            long rowsTotal, long rowsDone, int batches, int usersRestored, int deletions, String error) {

        public static Run of(SyncRun run) {
            return new Run(run.getId(), run.getStartedAt(), run.getFinishedAt(), run.getTrigger().name(),
                    run.getStartedBy(), run.getStatus().name(), run.getRowsTotal(), run.getRowsDone(), run.getBatches(),
                    run.getUsersRestored(), run.getDeletions(), run.getError());
        }

        public int percent() {
            return rowsTotal == 0 ? (finishedAt == null ? 0 : 100) : (int) Math.min(100, rowsDone * 100 / rowsTotal);
        }
    }

    /** A deletion still to confirm: what, for whom, how often tried, the last error. */
    public record Deletion(String kind, String what, String requestedBy, Instant requestedAt, int attempts,
            Instant nextAttemptAt, String lastError) {
    }
}
