package io.enterpriseconnect.cloud.contributions.infrastructure;

import io.enterpriseconnect.cloud.contributions.domain.CountBatch;
import io.enterpriseconnect.cloud.contributions.domain.DailyCount;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code contribution_count} table through plain JDBC: a batch of thousands of counts is a few
 * statements, never an entity or a query per row. Writing is the dialect-specific part
 * ({@link PostgresCountRepository}, {@link H2CountRepository}); the rest is portable SQL. Every method works in
 * the caller's transaction on the connection it is given.
 * <p>
 * Counts have no foreign key (it would cost a trigger call per row). Instead a batch locks the link
 * rows of its users ({@link #linkedUsers}) until it commits: only linked users' counts are written,
 * an unlink or opt-out waits for the batch and then deletes what it wrote, and nobody else writes
 * those users' rows meanwhile, so users without counts from the installation yet (the first sync,
 * or the 90 days re-sent after a reconnect) are written with plain inserts rather than upserts.
 */
public abstract class JdbcCountRepository {

    /** The store for the database behind the connection: PostgreSQL, or H2 (the embedded default). */
    public static JdbcCountRepository forDatabase(String databaseProductName) {
        return databaseProductName.toLowerCase(Locale.ROOT).contains("postgres") ? new PostgresCountRepository()
                : new H2CountRepository();
    }

    /**
     * Sets each entry's count for (installation, user, day): a row per non-zero count, none for zero.
     * Entries must have been validated, each key once, and the caller must hold the users' link locks.
     *
     * @param order the entries by user and day ({@link CountBatch#orderByUserAndDay()})
     */
    public void write(Connection connection, long installationId, CountBatch batch, int[] order) throws SQLException {
        Set<Long> withCounts = usersWithCounts(connection, installationId, batch.distinctUserIds());
        int[] fresh = Arrays.stream(order)
                .filter(i -> batch.count(i) > 0 && !withCounts.contains(batch.userId(i))).toArray();
        int[] existing = Arrays.stream(order).filter(i -> withCounts.contains(batch.userId(i))).toArray();
        if (fresh.length > 0) {
            insert(connection, installationId, batch, fresh);
        }
        if (existing.length > 0) {
            upsert(connection, installationId, batch, existing);
        }
    }

    /** Inserts the entries (all non-zero, none with a row yet). */
    abstract void insert(Connection connection, long installationId, CountBatch batch, int[] entries)
            throws SQLException;

    /** Sets the entries' counts over whatever rows exist: updates changed ones, inserts new ones, deletes zeros. */
    abstract void upsert(Connection connection, long installationId, CountBatch batch, int[] entries)
            throws SQLException;

    /**
     * Which of {@code userIds} are linked to the installation, locking their link rows until the
     * transaction ends.
     */
    public Set<Long> linkedUsers(Connection connection, long installationId, long[] userIds) throws SQLException {
        return userIds(connection, "SELECT user_id FROM contribution_link WHERE installation_id = ? AND user_id = ANY(?) "
                + "FOR UPDATE", installationId, userIds);
    }

    /** Which of {@code userIds} have counts from the installation. */
    Set<Long> usersWithCounts(Connection connection, long installationId, long[] userIds) throws SQLException {
        return userIds(connection, "SELECT l.user_id FROM contribution_link l WHERE l.installation_id = ? "
                + "AND l.user_id = ANY(?) AND EXISTS (SELECT 1 FROM contribution_count c "
                + "WHERE c.user_id = l.user_id AND c.installation_id = l.installation_id)", installationId, userIds);
    }

    /** Deletes one user's counts from one installation (opted out, or unlinked); returns the rows deleted. */
    public int deleteUser(Connection connection, long installationId, long userId) throws SQLException {
        linkedUsers(connection, installationId, new long[] {userId}); // waits for a batch that is writing them
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM contribution_count WHERE installation_id = ? AND user_id = ?")) {
            delete.setLong(1, installationId);
            delete.setLong(2, userId);
            return delete.executeUpdate();
        }
    }

    /**
     * Deletes every count from one installation (disabled, or the installation is being removed).
     * Only linked users have counts, so they are found through the links: the primary key starts
     * with the user.
     */
    public int deleteInstallation(Connection connection, long installationId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM contribution_count "
                + "WHERE installation_id = ? AND user_id IN (SELECT user_id FROM contribution_link WHERE installation_id = ?)")) {
            delete.setLong(1, installationId);
            delete.setLong(2, installationId);
            return delete.executeUpdate();
        }
    }

    /** A user's non-zero counts from {@code from} to {@code to} (inclusive), by day, each with its source. */
    public List<DailyCount> read(Connection connection, long userId, LocalDate from, LocalDate to) throws SQLException {
        List<DailyCount> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT c.contributed_on, COALESCE(r.hostname, a.instance_hostname), c.contributions
                FROM contribution_count c
                JOIN installation i ON i.id = c.installation_id
                JOIN connect_app a ON a.id = i.app_id
                LEFT JOIN connection_record r ON r.installation_id = c.installation_id
                WHERE c.user_id = ? AND c.contributed_on BETWEEN ? AND ?
                ORDER BY c.contributed_on, 2""")) {
            select.setLong(1, userId);
            select.setDate(2, Date.valueOf(from));
            select.setDate(3, Date.valueOf(to));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new DailyCount(rows.getDate(1).toLocalDate(), rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return counts;
    }

    /** The ids a query returns for the installation (parameter 1) and an array of user ids (parameter 2). */
    private static Set<Long> userIds(Connection connection, String sql, long installationId, long[] userIds)
            throws SQLException {
        Set<Long> found = new HashSet<>();
        if (userIds.length == 0) {
            return found;
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, installationId);
            select.setArray(2, connection.createArrayOf("BIGINT", Arrays.stream(userIds).boxed().toArray(Long[]::new)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
        }
        return found;
    }
}
