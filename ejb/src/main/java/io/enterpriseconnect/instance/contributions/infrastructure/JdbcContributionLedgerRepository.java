package io.enterpriseconnect.instance.contributions.infrastructure;

import io.enterpriseconnect.instance.contributions.domain.Contribution;
import io.enterpriseconnect.instance.contributions.domain.DayCount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The daily counts, written in the caller's transaction. Every writing transaction first takes the
 * next value of {@code contribution_version}, holding that row's lock until it commits, and stamps
 * the rows it changes with it: writers take turns, so versions become visible in increasing order
 * and the sync's high-water mark never passes a row that is still being written. JDBC batches
 * rather than entities: a bulk import or a sync touches thousands of rows. Roles are checked by the
 * callers.
 */
@Stateless
@PermitAll
public class JdbcContributionLedgerRepository {

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /**
     * Adds one per contribution not counted before.
     *
     * @return how many were new (the others were already counted)
     */
    public int add(List<Contribution> contributions) {
        try (Connection connection = dataSource.getConnection()) {
            long version = nextVersion(connection);
            Map<DayKey, Integer> increments = new LinkedHashMap<>();
            try (PreparedStatement seen = connection.prepareStatement(
                    "select 1 from contribution_source where source_key = ?");
                 PreparedStatement remember = connection.prepareStatement(
                         "insert into contribution_source (source_key, user_id, day_utc) values (?, ?, ?)")) {
                for (Contribution contribution : contributions) {
                    seen.setString(1, contribution.sourceKey());
                    try (ResultSet found = seen.executeQuery()) {
                        if (found.next()) {
                            continue;
                        }
                    }
                    remember.setString(1, contribution.sourceKey());
                    remember.setLong(2, contribution.userId());
                    remember.setObject(3, contribution.day());
                    remember.executeUpdate();
                    increments.merge(new DayKey(contribution.userId(), contribution.day()), 1, Integer::sum);
                }
            }
            write(connection, increments, version, true);
            return increments.values().stream().mapToInt(Integer::intValue).sum();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record contributions: " + e.getMessage(), e);
        }
    }

    /** Sets each (user, day) to the given count (0 included), replacing what was counted. */
    public void set(List<DayCount> counts) {
        Map<DayKey, Integer> values = new LinkedHashMap<>();
        counts.forEach(c -> values.put(new DayKey(c.userId(), c.day()), c.count()));
        try (Connection connection = dataSource.getConnection()) {
            write(connection, values, nextVersion(connection), false);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store contribution counts: " + e.getMessage(), e);
        }
    }

    /**
     * Waits for this transaction's turn to write counts (and holds it until commit): for callers that
     * decide, before writing, whether to write at all.
     */
    public void takeTurn() {
        try (Connection connection = dataSource.getConnection()) {
            nextVersion(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock the contribution counts: " + e.getMessage(), e);
        }
    }

    /** A user's counts from {@code from} to {@code to}, both included, by day. */
    public List<DayCount> of(long userId, LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select day_utc, contributions from daily_contribution"
                     + " where user_id = ? and day_utc >= ? and day_utc <= ? order by day_utc")) {
            query.setLong(1, userId);
            query.setObject(2, from);
            query.setObject(3, to);
            List<DayCount> counts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.add(new DayCount(userId, rows.getObject(1, LocalDate.class), rows.getInt(2)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read contribution counts: " + e.getMessage(), e);
        }
    }

    /** Forgets the days before {@code oldestKept}; the cloud is not told (its window is shorter). */
    public int deleteBefore(LocalDate oldestKept) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement counts = connection.prepareStatement("delete from daily_contribution where day_utc < ?");
             PreparedStatement sources = connection.prepareStatement("delete from contribution_source where day_utc < ?")) {
            counts.setObject(1, oldestKept);
            sources.setObject(1, oldestKept);
            sources.executeUpdate();
            return counts.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete old contribution counts: " + e.getMessage(), e);
        }
    }

    /** Takes the next version; the row stays locked until the caller's transaction ends. */
    private static long nextVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update contribution_version set current_version = current_version + 1 where id = 1");
            try (ResultSet row = statement.executeQuery("select current_version from contribution_version where id = 1")) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Updates the rows that exist, then inserts the others: no race, since writers take turns. */
    private static void write(Connection connection, Map<DayKey, Integer> values, long version, boolean add)
            throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
        List<Map.Entry<DayKey, Integer>> entries = new ArrayList<>(values.entrySet());
        int[] updated;
        try (PreparedStatement update = connection.prepareStatement("update daily_contribution set contributions = "
                + (add ? "contributions + ?" : "?") + ", version = ?, changed_at = ? where user_id = ? and day_utc = ?")) {
            for (Map.Entry<DayKey, Integer> entry : entries) {
                update.setInt(1, entry.getValue());
                update.setLong(2, version);
                update.setObject(3, now);
                update.setLong(4, entry.getKey().userId());
                update.setObject(5, entry.getKey().day());
                update.addBatch();
            }
            updated = update.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into daily_contribution"
                + " (user_id, day_utc, contributions, version, changed_at) values (?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (int i = 0; i < entries.size(); i++) {
                if (updated[i] == Statement.SUCCESS_NO_INFO) {
                    throw new IllegalStateException("The database driver does not report batch update counts");
                }
                if (updated[i] == 0) {
                    insert.setLong(1, entries.get(i).getKey().userId());
                    insert.setObject(2, entries.get(i).getKey().day());
                    insert.setInt(3, entries.get(i).getValue());
                    insert.setLong(4, version);
                    insert.setObject(5, now);
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    private record DayKey(long userId, LocalDate day) {
    }
}
