package io.enterpriseconnect.cloud.contributions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/** The {@link JdbcCountRepository} for the cloud's database, chosen once from the first connection's metadata. */
@ApplicationScoped
public class CountRepositorySelector {

    private volatile JdbcCountRepository store;

    public JdbcCountRepository forConnection(Connection connection) throws SQLException {
        JdbcCountRepository chosen = store;
        if (chosen == null) {
            chosen = JdbcCountRepository.forDatabase(connection.getMetaData().getDatabaseProductName());
            store = chosen;
        }
        return chosen;
    }
}
