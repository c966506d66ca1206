package io.enterpriseconnect.cloud.contributions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.enterpriseconnect.cloud.contributions.domain.CountBatch;
import io.enterpriseconnect.cloud.contributions.domain.CountBatchValidationTest;
import io.enterpriseconnect.cloud.contributions.domain.DailyCount;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counts SQL on the schema Liquibase creates: on H2 always, and on PostgreSQL too when
 * {@code -Dcloud.test.postgresql-url=jdbc:postgresql://127.0.0.1:5432/<empty database>} is given.
 */
class JdbcCountRepositoryTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    /** Each database is migrated once; every test then works in a transaction it rolls back. */
    private static final Set<String> MIGRATED = new java.util.HashSet<>();
    private Connection connection;
    private JdbcCountRepository store;
    private long installation;
    private long otherInstallation;
    private long mona;
    private long hubot;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theSameBatchTwiceLeavesTheSameCounts(String database) throws Exception {
        open(database);
        CountBatch batch = CountBatchValidationTest.batch(
                entry(mona, DAY, 5), entry(mona, DAY.minusDays(1), 3), entry(hubot, DAY, 1));
        write(installation, batch);
        Map<String, Integer> once = rows();
        write(installation, batch);
        assertEquals(once, rows());
        assertEquals(Map.of(key(installation, mona, DAY), 5, key(installation, mona, DAY.minusDays(1)), 3,
                key(installation, hubot, DAY), 1), once);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCountIsSetNotAddedAndZeroDeletesIt(String database) throws Exception {
        open(database);
        write(installation, CountBatchValidationTest.batch(entry(mona, DAY, 5), entry(mona, DAY.minusDays(1), 3)));
        write(installation, CountBatchValidationTest.batch(entry(mona, DAY, 7), entry(mona, DAY.minusDays(1), 0),
                entry(mona, DAY.minusDays(2), 0)));
        assertEquals(Map.of(key(installation, mona, DAY), 7), rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void usersWithAndWithoutCountsMixInOneBatch(String database) throws Exception {
        open(database);
        write(installation, CountBatchValidationTest.batch(entry(mona, DAY, 5), entry(mona, DAY.minusDays(1), 2)));
        write(installation, CountBatchValidationTest.batch(entry(hubot, DAY, 1), entry(hubot, DAY.minusDays(1), 0),
                entry(mona, DAY, 6), entry(mona, DAY.minusDays(1), 0), entry(mona, DAY.minusDays(2), 4)));
        assertEquals(Map.of(key(installation, hubot, DAY), 1, key(installation, mona, DAY), 6,
                key(installation, mona, DAY.minusDays(2)), 4), rows());
        assertEquals(Set.of(mona, hubot), store.usersWithCounts(connection, installation, new long[] {mona, hubot}));
        assertEquals(Set.of(), store.usersWithCounts(connection, otherInstallation, new long[] {mona, hubot}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void eachInstallationKeepsItsOwnCounts(String database) throws Exception {
        open(database);
        write(installation, CountBatchValidationTest.batch(entry(mona, DAY, 5)));
        write(otherInstallation, CountBatchValidationTest.batch(entry(mona, DAY, 2)));
        assertEquals(1, store.deleteInstallation(connection, installation));
        assertEquals(Map.of(key(otherInstallation, mona, DAY), 2), rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void optingOutDeletesOneUsersCountsFromOneInstallation(String database) throws Exception {
        open(database);
        write(installation, CountBatchValidationTest.batch(entry(mona, DAY, 5), entry(hubot, DAY, 1)));
        write(otherInstallation, CountBatchValidationTest.batch(entry(mona, DAY, 2)));
        assertEquals(1, store.deleteUser(connection, installation, mona));
        assertEquals(Map.of(key(installation, hubot, DAY), 1, key(otherInstallation, mona, DAY), 2), rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void onlyUsersLinkedToTheInstallationAreFoundLinked(String database) throws Exception {
        open(database);
        update("DELETE FROM contribution_link WHERE installation_id = " + installation + " AND user_id = " + mona);
        assertEquals(Set.of(hubot), store.linkedUsers(connection, installation, new long[] {mona, hubot, 999}));
        assertEquals(Set.of(mona), store.linkedUsers(connection, otherInstallation, new long[] {mona, hubot}));
        assertEquals(Set.of(), store.linkedUsers(connection, installation, new long[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void countsAreReadByDayWithTheirSourcesHostname(String database) throws Exception {
        open(database);
        write(installation, CountBatchValidationTest.batch(entry(mona, DAY, 5), entry(mona, DAY.minusDays(40), 1)));
        write(otherInstallation, CountBatchValidationTest.batch(entry(mona, DAY, 2)));
        assertEquals(List.of(new DailyCount(DAY, "ghe.example.com", 5), new DailyCount(DAY, "ghe2.example.com", 2)),
                store.read(connection, mona, DAY.minusDays(10), DAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFullBatchIsWrittenInOneGo(String database) throws Exception {
        open(database);
        List<String> entries = new ArrayList<>();
        for (int day = 0; day < 90; day++) {
            entries.add(entry(mona, DAY.minusDays(day), day));
            entries.add(entry(hubot, DAY.minusDays(day), 1));
        }
        write(installation, CountBatchValidationTest.batch(entries.toArray(String[]::new)));
        assertEquals(89 + 90, rows().size());
    }

    private void open(String database) throws Exception {
        boolean first = MIGRATED.add(database);
        if (database.equals("h2")) {
            connection = DriverManager.getConnection("jdbc:h2:mem:counts;DB_CLOSE_DELAY=-1");
        } else {
            String url = System.getProperty("cloud.test.postgresql-url");
            assumeTrue(url != null && !url.isBlank(), "cloud.test.postgresql-url not set");
            connection = DriverManager.getConnection(url, System.getProperty("cloud.test.postgresql-user", "postgres"),
                    System.getProperty("cloud.test.postgresql-password", ""));
            if (first) {
                update("DROP SCHEMA IF EXISTS counts_test CASCADE");
                update("CREATE SCHEMA counts_test");
            }
            update("SET search_path TO counts_test");
        }
        if (first) {
            migrate(connection);
        }
        connection.setAutoCommit(false);
        store = JdbcCountRepository.forDatabase(connection.getMetaData().getDatabaseProductName());
        long account = insert("INSERT INTO account (login, name, type, billing_plan, created_at) "
                + "VALUES ('octo-org', 'Octo', 'ORGANIZATION', 'INVOICED', CURRENT_TIMESTAMP)");
        installation = installation(account, "ghe.example.com");
        otherInstallation = installation(account, "ghe2.example.com");
        mona = user("mona");
        hubot = user("hubot");
        link(installation, mona);
        link(installation, hubot);
        link(otherInstallation, mona);
    }

    @AfterEach
    void close() throws SQLException {
        if (connection != null) {
            connection.rollback();
            connection.close();
        }
    }

    private void write(long installationId, CountBatch batch) throws SQLException {
        store.write(connection, installationId, batch, batch.orderByUserAndDay());
    }

    private Map<String, Integer> rows() throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Statement select = connection.createStatement();
                ResultSet result = select.executeQuery(
                        "SELECT installation_id, user_id, contributed_on, contributions FROM contribution_count")) {
            while (result.next()) {
                rows.put(key(result.getLong(1), result.getLong(2), result.getDate(3).toLocalDate()), result.getInt(4));
            }
        }
        return rows;
    }

    private static String key(long installationId, long userId, LocalDate day) {
        return installationId + "/" + userId + "/" + day;
    }

    private static String entry(long userId, LocalDate day, int count) {
        return "{\"user_id\": " + userId + ", \"day\": \"" + day + "\", \"count\": " + count + "}";
    }

    private long installation(long account, String hostname) throws SQLException {
        long app = insert("INSERT INTO connect_app (account_id, slug, name, instance_hostname, client_id, "
                + "client_secret_hash, webhook_secret, public_key_pem, created_at) VALUES (" + account + ", '" + hostname
                + "', 'app', '" + hostname + "', 'Iv1." + hostname + "', 'h', 's', 'k', CURRENT_TIMESTAMP)");
        long id = insert("INSERT INTO installation (app_id, account_id, created_at) VALUES (" + app + ", " + account
                + ", CURRENT_TIMESTAMP)");
        insert("INSERT INTO connection_record (installation_id, account_id, hostname, version, connected_by, connected_at) "
                + "VALUES (" + id + ", " + account + ", '" + hostname + "', '3.1.0', 'octocat', CURRENT_TIMESTAMP)");
        return id;
    }

    private long user(String login) throws SQLException {
        return insert("INSERT INTO cloud_user (login, email, password_hash, site_admin, created_at) VALUES ('" + login
                + "', '" + login + "@example.com', 'x', FALSE, CURRENT_TIMESTAMP)");
    }

    private void link(long installationId, long userId) throws SQLException {
        update("INSERT INTO contribution_link (installation_id, user_id, instance_login, linked_at) VALUES ("
                + installationId + ", " + userId + ", 'user" + userId + "', CURRENT_TIMESTAMP)");
    }

    private long insert(String sql) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private void update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static void migrate(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Scope.child(Map.of("liquibase.analytics.enabled", Boolean.FALSE, Scope.Attr.resourceAccessor.name(),
                        new ClassLoaderResourceAccessor(JdbcCountRepositoryTest.class.getClassLoader())),
                () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/cloud-changelog.xml")
                        .execute());
    }
}
