package io.enterpriseconnect.instance.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the instance's database schema up to date before anything else uses it. It runs on the
 * persistence unit's own datasource: a second datasource would leave Hibernate looking at a
 * different (empty) schema.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@Resource(name = DatabaseMigration.APP_DATABASE, type = DataSource.class, lookup = "java:comp/DefaultDataSource")
public class DatabaseMigration {

    /**
     * The instance database under an application-wide name, for the classes in the EAR's lib/ (the
     * health checks), which have no java:comp of their own and get no resources injected on Payara.
     */
    public static final String APP_DATABASE = "java:app/env/instance-database";

    static final String CHANGELOG = "db/changelog/instance.xml";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            String product = database.getDatabaseProductName();
            // No usage reporting (Liquibase's analytics): an on-premises server makes no call it was not asked to.
            Scope.child(Map.of("liquibase.analytics.enabled", Boolean.FALSE), () -> {
                try (Liquibase liquibase = new Liquibase(CHANGELOG,
                        new ClassLoaderResourceAccessor(DatabaseMigration.class.getClassLoader()), database)) {
                    liquibase.update("");
                }
            });
            LOG.info(() -> "Instance database schema is up to date (" + product + ")");
        } catch (Exception e) {
            throw new IllegalStateException("Could not migrate the instance database: " + e.getMessage(), e);
        }
    }
}
