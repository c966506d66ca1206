package io.enterpriseconnect.cloud.contributions.infrastructure;

import io.enterpriseconnect.cloud.contributions.domain.CountBatch;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * H2 (embedded, in the server's JVM, so there is no network round trip per statement to save):
 * JDBC batches of {@code INSERT} for new users' entries, of {@code MERGE … KEY} for the other
 * non-zero counts and of {@code DELETE} for the zeros, in the caller's transaction.
 */
final class H2CountRepository extends JdbcCountRepository {

    private static final String INSERT = "INSERT INTO contribution_count (installation_id, user_id, contributed_on, "
            + "contributions) VALUES (?, ?, ?, ?)";
    private static final String MERGE = "MERGE INTO contribution_count (installation_id, user_id, contributed_on, "
            + "contributions) KEY (installation_id, user_id, contributed_on) VALUES (?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM contribution_count "
            + "WHERE installation_id = ? AND user_id = ? AND contributed_on = ?";

    @Override
    void insert(Connection connection, long installationId, CountBatch batch, int[] entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i : entries) {
                bind(insert, installationId, batch, i);
                insert.setInt(4, batch.count(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    void upsert(Connection connection, long installationId, CountBatch batch, int[] entries) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(MERGE);
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            boolean merges = false;
            boolean deletes = false;
            for (int i : entries) {
                if (batch.count(i) > 0) {
                    bind(merge, installationId, batch, i);
                    merge.setInt(4, batch.count(i));
                    merge.addBatch();
                    merges = true;
                } else {
                    bind(delete, installationId, batch, i);
                    delete.addBatch();
                    deletes = true;
                }
            }
            if (merges) {
                merge.executeBatch();
            }
            if (deletes) {
                delete.executeBatch();
            }
        }
    }

    /** Parameters 1 to 3: installation, user, day. */
    private static void bind(PreparedStatement statement, long installationId, CountBatch batch, int i)
            throws SQLException {
        statement.setLong(1, installationId);
        statement.setLong(2, batch.userId(i));
        statement.setDate(3, Date.valueOf(LocalDate.ofEpochDay(batch.day(i))));
    }
}
