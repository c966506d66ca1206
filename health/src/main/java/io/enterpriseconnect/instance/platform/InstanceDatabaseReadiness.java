package io.enterpriseconnect.instance.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The instance is ready only while its database answers. */
@Readiness
@Dependent
public class InstanceDatabaseReadiness extends LibraryHealthCheck {

    /** Bound by the ejb module (DatabaseMigration): the default datasource, which the persistence unit uses. */
    static final String APP_DATABASE = "java:app/env/instance-database";
    private static final int TIMEOUT_SECONDS = 2;

    /*
     * A class in lib/ gets no resources injected on Payara, so the datasource is looked up. WildFly
     * calls the check where there is no naming context, so it is looked up when the check is created;
     * Payara may create it outside the application's components but calls it inside, so a lookup that
     * failed is tried again on the next call.
     */
    private volatile DataSource dataSource;
    private volatile String unavailable;

    @PostConstruct
    void lookUpTheDatabase() {
        try {
            dataSource = InitialContext.doLookup(APP_DATABASE);
        } catch (NamingException e) {
            unavailable = "no datasource at " + APP_DATABASE + ": " + e.getMessage();
        }
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("instance-database");
        if (dataSource == null) {
            lookUpTheDatabase();
            if (dataSource == null) {
                return response.down().withData("error", unavailable).build();
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(TIMEOUT_SECONDS))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
