package io.enterpriseconnect.cloud.contributions.infrastructure;

import io.enterpriseconnect.cloud.contributions.domain.CountBatch;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.postgresql.PGConnection;

/**
 * PostgreSQL. New users' entries (a first sync, or the 90 days re-sent after a reconnect: the bulk of
 * the rows) are loaded with COPY, PostgreSQL's bulk-load path, through the driver's own API. The
 * others travel as three arrays and are applied by one {@code INSERT … SELECT FROM unnest(…) ON
 * CONFLICT DO UPDATE}, parsed and planned once per batch, that leaves unchanged counts unwritten
 * (re-sending the past 90 days every hour leaves no dead rows behind), plus one {@code DELETE} for
 * zeros.
 */
final class PostgresCountRepository extends JdbcCountRepository {

    private static final String COPY = "COPY contribution_count (installation_id, user_id, contributed_on, contributions) "
            + "FROM STDIN";

    private static final String UPSERT = """
            INSERT INTO contribution_count (installation_id, user_id, contributed_on, contributions)
            SELECT ?, t.user_id, DATE '1970-01-01' + t.epoch_day, t.contributions
            FROM unnest(?::int8[], ?::int4[], ?::int4[]) AS t(user_id, epoch_day, contributions)
            WHERE t.contributions > 0
            ON CONFLICT (installation_id, user_id, contributed_on)
            DO UPDATE SET contributions = EXCLUDED.contributions
            WHERE contribution_count.contributions <> EXCLUDED.contributions""";

    private static final String DELETE_ZEROS = """
            DELETE FROM contribution_count c
            USING unnest(?::int8[], ?::int4[], ?::int4[]) AS t(user_id, epoch_day, contributions)
            WHERE t.contributions = 0 AND c.user_id = t.user_id AND c.installation_id = ?
            AND c.contributed_on = DATE '1970-01-01' + t.epoch_day""";

    /** COPY's text format: tab-separated columns, a line per row; numbers and ISO dates need no escaping. */
    @Override
    void insert(Connection connection, long installationId, CountBatch batch, int[] entries) throws SQLException {
        StringBuilder rows = new StringBuilder(entries.length * 32);
        for (int i : entries) {
            rows.append(installationId).append('\t').append(batch.userId(i)).append('\t')
                    .append(LocalDate.ofEpochDay(batch.day(i))).append('\t').append(batch.count(i)).append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of contribution counts failed: " + e.getMessage(), e);
        }
    }

    @Override
    void upsert(Connection connection, long installationId, CountBatch batch, int[] entries) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            bindArrays(connection, upsert, installationId, batch, entries);
            upsert.executeUpdate();
        }
        if (Arrays.stream(entries).anyMatch(i -> batch.count(i) == 0)) {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_ZEROS)) {
                delete.setArray(1, connection.createArrayOf("int8", users(batch, entries)));
                delete.setArray(2, connection.createArrayOf("int4", days(batch, entries)));
                delete.setArray(3, connection.createArrayOf("int4", counts(batch, entries)));
                delete.setLong(4, installationId);
                delete.executeUpdate();
            }
        }
    }

    /** Parameters 1 to 4: the installation, then the users, days (epoch days) and counts as arrays, in entry order. */
    private static void bindArrays(Connection connection, PreparedStatement statement, long installationId,
            CountBatch batch, int[] entries) throws SQLException {
        statement.setLong(1, installationId);
        statement.setArray(2, connection.createArrayOf("int8", users(batch, entries)));
        statement.setArray(3, connection.createArrayOf("int4", days(batch, entries)));
        statement.setArray(4, connection.createArrayOf("int4", counts(batch, entries)));
    }

    private static Long[] users(CountBatch batch, int[] entries) {
        return Arrays.stream(entries).mapToObj(batch::userId).toArray(Long[]::new);
    }

    private static Integer[] days(CountBatch batch, int[] entries) {
        return Arrays.stream(entries).mapToObj(batch::day).toArray(Integer[]::new);
    }

    private static Integer[] counts(CountBatch batch, int[] entries) {
        return Arrays.stream(entries).mapToObj(batch::count).toArray(Integer[]::new);
    }
}
