package io.enterpriseconnect.instance.contributions.sync.infrastructure;

import io.enterpriseconnect.instance.contributions.domain.CloudCount;
import io.enterpriseconnect.instance.contributions.sync.domain.DeltaRow;
import io.enterpriseconnect.instance.contributions.sync.domain.DeltaSync;
import io.enterpriseconnect.instance.contributions.sync.domain.SyncCursor;
import io.enterpriseconnect.instance.contributions.sync.domain.SyncRun;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The sync's database side, each method its own transaction: the lease that lets one run at a time
 * across nodes (taken with a conditional update: of two nodes exactly one gets the row), the
 * high-water mark (moved only by the lease holder), the changed rows after it, the restores
 * waiting, and the runs' history.
 */
@Stateless
@PermitAll
public class JdbcSyncRepository {

    /** The next changed rows in the mark's order: an index range scan, whoever they belong to. */
    static final String DELTA_AFTER = "select version, user_id, day_utc, contributions from daily_contribution"
            + " where (version, user_id, day_utc) > (?, ?, ?) order by version, user_id, day_utc fetch first ? rows only";
    /** Which of a page's users send their counts, and as which cloud user (fresh for every page). */
    static final String SENDING = "select user_id, cloud_user_id from contribution_link where sharing = true"
            + " and user_id = any(?)";
    static final String DELTA_COUNT = "select count(*)"
            + " from daily_contribution d join contribution_link l on l.user_id = d.user_id"
            + " where l.sharing = true and (d.version, d.user_id, d.day_utc) > (?, ?, ?)";

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /** A user whose past days are to be sent again, as of when they asked. */
    public record Restore(long userId, long cloudUserId, Instant requestedAt) {
    }

    /** Clears a request the run that started at the given time answered (two parameters: that time). */
    private static final String REQUEST_ANSWERED = " requested_by = case when requested_at <= ? then null else requested_by end,"
            + " requested_at = case when requested_at <= ? then null else requested_at end";

    /** The sync's row: the mark and the schedule. */
    public record State(SyncCursor cursor, Instant requestedAt, String requestedBy, Instant lastSuccessAt, Instant nextDueAt, int failures,
            String leaseHolder, Instant leaseUntil) {
    }

    public boolean claimLease(String holder, Instant now, Instant until) {
        return update("update contribution_sync set lease_holder = ?, lease_until = ?"
                + " where id = 1 and (lease_until is null or lease_until < ?)", holder, ts(until), ts(now)) == 1;
    }

    /** Extends the lease; false when it ran out and another node took it. */
    public boolean renewLease(String holder, Instant until) {
        return update("update contribution_sync set lease_until = ? where id = 1 and lease_holder = ?", ts(until),
                holder) == 1;
    }

    public void releaseLease(String holder) {
        update("update contribution_sync set lease_holder = null, lease_until = null where id = 1 and lease_holder = ?",
                holder);
    }

    /** At start: a lease this node held before a restart is released rather than waited out. */
    public int releaseLeasesOf(String nodePrefix, Instant now) {
        int released = update("update contribution_sync set lease_holder = null, lease_until = null"
                + " where id = 1 and lease_holder like ?", nodePrefix + "%");
        em.createQuery("update SyncRun r set r.status = :failed, r.finishedAt = :now, r.error = :why"
                        + " where r.status = :running and r.node like :node")
                .setParameter("failed", SyncRun.Status.FAILED).setParameter("now", now)
                .setParameter("why", "Interrupted: the node stopped during the sync; the next sync resumes from the "
                        + "last batch the cloud acknowledged")
                .setParameter("running", SyncRun.Status.RUNNING).setParameter("node", nodePrefix + "%")
                .executeUpdate();
        return released;
    }

    /** Runs left RUNNING by a node whose lease ran out (it died): failed, for the history. */
    public void closeAbandonedRuns(Instant now) {
        em.createQuery("update SyncRun r set r.status = :failed, r.finishedAt = :now, r.error = :why"
                        + " where r.status = :running")
                .setParameter("failed", SyncRun.Status.FAILED).setParameter("now", now)
                .setParameter("why", "Interrupted: its node stopped answering; the next sync resumed from the last "
                        + "batch the cloud acknowledged")
                .setParameter("running", SyncRun.Status.RUNNING)
                .executeUpdate();
    }

    public State state() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select cursor_version, cursor_user_id, cursor_day,"
                     + " requested_at, requested_by, last_success_at, next_due_at, failures, lease_holder, lease_until"
                     + " from contribution_sync where id = 1");
             ResultSet row = query.executeQuery()) {
            row.next();
            LocalDate day = row.getObject(3, LocalDate.class);
            return new State(new SyncCursor(row.getLong(1), row.getLong(2), day == null ? SyncCursor.START.day() : day),
                    instant(row, 4), row.getString(5), instant(row, 6), instant(row, 7), row.getInt(8), row.getString(9),
                    instant(row, 10));
        } catch (SQLException e) {
            throw failed("read the sync state", e);
        }
    }

    /** Moves the mark and extends the lease, only for the lease holder. */
    public boolean advance(String holder, SyncCursor to, Instant leaseUntil) {
        return update("update contribution_sync set cursor_version = ?, cursor_user_id = ?, cursor_day = ?,"
                + " lease_until = ? where id = 1 and lease_holder = ?", to.version(), to.userId(), to.day(),
                ts(leaseUntil), holder) == 1;
    }

    /**
     * Moves the mark and records the run's progress in one transaction (once per batch: the sync
     * waits for it), only for the lease holder.
     */
    public boolean advance(String holder, SyncCursor to, Instant leaseUntil, long runId, Progress progress) {
        if (!advance(holder, to, leaseUntil)) {
            return false;
        }
        progress(runId, progress);
        return true;
    }

    /** A run's counters, as its history shows them. */
    public record Progress(long rowsTotal, long rowsDone, int batches, int usersRestored, int deletions) {
    }

    /** "Sync now" while a run holds the lease: the run that holds it starts another when it is done. */
    public void request(Instant at, String by) {
        update("update contribution_sync set requested_at = ?, requested_by = ? where id = 1", ts(at), by);
    }

    /** A "Sync now" clicked during the run is kept: it asks for another run. */
    public void succeeded(Instant startedAt, Instant nextDue) {
        update("update contribution_sync set last_success_at = ?, next_due_at = ?, failures = 0,"
                + REQUEST_ANSWERED + " where id = 1", ts(startedAt), ts(nextDue), ts(startedAt), ts(startedAt));
    }

    /** Backs off; a "Sync now" that this run answered is used up too (a later one is kept). */
    public void failedRun(Instant startedAt, Instant nextDue) {
        update("update contribution_sync set next_due_at = ?, failures = failures + 1,"
                + REQUEST_ANSWERED + " where id = 1", ts(nextDue), ts(startedAt), ts(startedAt));
    }

    /**
     * The next {@code limit} changed rows after {@code cursor}, and which of them go to the cloud:
     * those of users who send their counts. Two simple queries rather than one join, which the
     * planner may hand to parallel workers whose start costs more than the page.
     */
    public DeltaSync.Page deltaAfter(SyncCursor cursor, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            List<long[]> keys = new ArrayList<>(limit);
            List<LocalDate> days = new ArrayList<>(limit);
            try (PreparedStatement query = connection.prepareStatement(DELTA_AFTER)) {
                query.setFetchSize(limit);
                query.setLong(1, cursor.version());
                query.setLong(2, cursor.userId());
                query.setObject(3, cursor.day());
                query.setInt(4, limit);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        keys.add(new long[] {row.getLong(1), row.getLong(2), row.getInt(4)});
                        days.add(row.getObject(3, LocalDate.class));
                    }
                }
            }
            if (keys.isEmpty()) {
                return new DeltaSync.Page(List.of(), cursor, true);
            }
            Map<Long, Long> sending = sending(connection, keys.stream().map(k -> k[1]).distinct().toArray(Long[]::new));
            List<DeltaRow> rows = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                Long cloudUser = sending.get(keys.get(i)[1]);
                if (cloudUser != null) {
                    rows.add(new DeltaRow(keys.get(i)[0], keys.get(i)[1], days.get(i), (int) keys.get(i)[2], cloudUser));
                }
            }
            long[] last = keys.get(keys.size() - 1);
            return new DeltaSync.Page(rows, new SyncCursor(last[0], last[1], days.get(days.size() - 1)),
                    keys.size() < limit);
        } catch (SQLException e) {
            throw failed("read the changed counts", e);
        }
    }

    private static Map<Long, Long> sending(Connection connection, Long[] users) throws SQLException {
        Map<Long, Long> cloudUsers = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SENDING)) {
            query.setArray(1, connection.createArrayOf("BIGINT", users));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    cloudUsers.put(row.getLong(1), row.getLong(2));
                }
            }
        }
        return cloudUsers;
    }

    public long countDeltaAfter(SyncCursor cursor) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(DELTA_COUNT)) {
            query.setLong(1, cursor.version());
            query.setLong(2, cursor.userId());
            query.setObject(3, cursor.day());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("count the changed counts", e);
        }
    }

    /** Whether a user who chose to send again waits for their past 90 days. */
    public boolean anyRestorePending() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select exists (select 1 from contribution_link"
                     + " where sharing = true and restore_requested_at is not null)");
             ResultSet row = query.executeQuery()) {
            return row.next() && row.getBoolean(1);
        } catch (SQLException e) {
            throw failed("read the restores", e);
        }
    }

    public List<Restore> restoresPending() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select user_id, cloud_user_id, restore_requested_at"
                     + " from contribution_link where sharing = true and restore_requested_at is not null order by user_id");
             ResultSet row = query.executeQuery()) {
            List<Restore> restores = new ArrayList<>();
            while (row.next()) {
                restores.add(new Restore(row.getLong(1), row.getLong(2), instant(row, 3)));
            }
            return restores;
        } catch (SQLException e) {
            throw failed("read the restores", e);
        }
    }

    /** One user's counts from {@code from} on, for the cloud. */
    public List<CloudCount> restoreRows(Restore restore, LocalDate from) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select day_utc, contributions from daily_contribution"
                     + " where user_id = ? and day_utc >= ? order by day_utc")) {
            query.setLong(1, restore.userId());
            query.setObject(2, from);
            List<CloudCount> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new CloudCount(restore.cloudUserId(), row.getObject(1, LocalDate.class), row.getInt(2)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failed("read the counts to restore", e);
        }
    }

    /** Done, unless the user asked again meanwhile (then the newer request stays). */
    public void restored(Restore restore) {
        update("update contribution_link set restore_requested_at = null where user_id = ? and restore_requested_at = ?",
                restore.userId(), ts(restore.requestedAt()));
    }

    public long startRun(SyncRun.Trigger trigger, String by, String node, Instant at) {
        SyncRun run = new SyncRun(trigger, by, node, at);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public void progress(long runId, Progress progress) {
        update("update contribution_sync_run set rows_total = ?, rows_done = ?, batches = ?, users_restored = ?,"
                + " deletions = ? where id = ?", progress.rowsTotal(), progress.rowsDone(), progress.batches(),
                progress.usersRestored(), progress.deletions(), runId);
    }

    public void finishRun(long runId, SyncRun.Status status, String error, Instant at) {
        Optional.ofNullable(em.find(SyncRun.class, runId)).ifPresent(run -> run.finish(status, error, at));
    }

    public Optional<SyncRun> running() {
        return em.createQuery("select r from SyncRun r where r.status = :running order by r.id desc", SyncRun.class)
                .setParameter("running", SyncRun.Status.RUNNING).setMaxResults(1).getResultStream().findFirst();
    }

    public List<SyncRun> history(int limit) {
        return em.createQuery("select r from SyncRun r order by r.id desc", SyncRun.class).setMaxResults(limit)
                .getResultList();
    }

    public int deleteRunsBefore(Instant oldest) {
        return em.createQuery("delete from SyncRun r where r.startedAt < :oldest and r.status <> :running")
                .setParameter("oldest", oldest).setParameter("running", SyncRun.Status.RUNNING).executeUpdate();
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed("update the sync state", e);
        }
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
    }
}
