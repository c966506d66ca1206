package io.enterpriseconnect.cloud.contributions;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/** The {@link CountStore} for the cloud's database, chosen once from the first connection's metadata. */
@ApplicationScoped
public class ContributionCountStores {

    private volatile CountStore store;

    public CountStore forConnection(Connection connection) throws SQLException {
        CountStore chosen = store;
        if (chosen == null) {
            chosen = CountStore.forDatabase(connection.getMetaData().getDatabaseProductName());
            store = chosen;
        }
        return chosen;
    }
}
