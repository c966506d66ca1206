package io.enterpriseconnect.cloud.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the cloud database to the current schema before anything uses it. The persistence unit
 * does not create or check tables (hbm2ddl none), so every bean that touches the database at
 * startup declares {@code @DependsOn("DatabaseMigrator")}; requests only arrive once startup
 * singletons are done.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Liquibase commits its own work
public class DatabaseMigrator {

    static final String CHANGELOG = "db/cloud-changelog.xml";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/CloudDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // No usage reporting from a server that may sit in a closed network.
            Scope.child(Map.of("liquibase.analytics.enabled", Boolean.FALSE,
                            Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(getClass().getClassLoader())),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
            LOG.info(() -> "Cloud database schema is current (" + database.getDatabaseProductName() + ")");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot migrate the cloud database: " + e.getMessage(), e);
        }
    }
}
