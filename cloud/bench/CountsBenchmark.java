import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The cloud's counts endpoint on PostgreSQL, side by side with PostgreSQL's own COPY into the same
 * table: USERS linked users × DAYS days of counts, sent as batches of 5,000 over HTTP
 * (POST /api/v3/installation/contributions, one at a time, as an instance's sync sends them), then
 * the same rows loaded with COPY. Prints each run and the medians, and the ratio.
 *
 *   java -cp postgresql.jar cloud/bench/CountsBenchmark.java CLOUD_URL JDBC_URL [USERS] [DAYS] [RUNS]
 *
 * e.g. http://localhost:8180 jdbc:postgresql://127.0.0.1:5432/ec_cloud 10000 90 5. JDBC_URL is the
 * cloud's own database (user from EC_DB_USER, default postgres): the benchmark creates its instance
 * there directly (app, installation, a known installation token, unified contributions enabled, the
 * users and their links), so that only the counts travel through the API, and removes it afterwards.
 */
public class CountsBenchmark {

    static final int BATCH = 5000;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -cp postgresql.jar cloud/bench/CountsBenchmark.java CLOUD_URL JDBC_URL "
                    + "[USERS] [DAYS] [RUNS]");
            System.exit(2);
        }
        String api = args[0].replaceAll("/+$", "") + "/api/v3/installation/contributions";
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int days = args.length > 3 ? Integer.parseInt(args[3]) : 90;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        try (Connection db = DriverManager.getConnection(args[1], env("EC_DB_USER", "postgres"), env("EC_DB_PASSWORD", ""))) {
            Fixture fixture = Fixture.create(db, users);
            try {
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                List<String> batches = batches(fixture.userIds, today, days);
                String copy = copyData(fixture, today, days);
                long rows = (long) users * days;
                System.out.printf("%,d users x %d days = %,d rows in %d batches; %d runs after 1 warm-up%n",
                        users, days, rows, batches.size(), runs);
                List<Double> http = new ArrayList<>();
                List<Double> resend = new ArrayList<>();
                List<Double> copies = new ArrayList<>();
                for (int run = 0; run <= runs; run++) {
                    clear(db, fixture.installationId);
                    double sent = send(api, fixture.token, batches);
                    double again = send(api, fixture.token, batches);
                    clear(db, fixture.installationId);
                    double copied = copy(db, copy);
                    if (run > 0) {
                        http.add(rows / sent);
                        resend.add(rows / again);
                        copies.add(rows / copied);
                    }
                    System.out.printf("run %d%s: HTTP %,.0f rows/s, re-sent unchanged %,.0f rows/s, COPY %,.0f rows/s%n",
                            run, run == 0 ? " (warm-up)" : "", rows / sent, rows / again, rows / copied);
                }
                double httpMedian = median(http);
                double copyMedian = median(copies);
                System.out.printf("median: HTTP %,.0f rows/s (%.1f s for %,d rows), re-sent %,.0f rows/s, COPY %,.0f rows/s; "
                        + "HTTP / COPY = %.0f%%%n", httpMedian, rows / httpMedian, rows, median(resend), copyMedian,
                        100 * httpMedian / copyMedian);
            } finally {
                fixture.remove(db);
            }
        }
    }

    /** Seconds to send every batch, one after the other, each answered 200. */
    static double send(String api, String token, List<String> batches) throws Exception {
        long start = System.nanoTime();
        for (String batch : batches) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api))
                    .header("Authorization", "token " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/vnd.github+json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds for COPY of the same rows into the same table, in one transaction. */
    static double copy(Connection db, String csv) throws Exception {
        long start = System.nanoTime();
        db.setAutoCommit(false);
        new CopyManager(db.unwrap(BaseConnection.class)).copyIn(
                "COPY contribution_count (installation_id, user_id, contributed_on, contributions) FROM STDIN (FORMAT csv)",
                new StringReader(csv));
        db.commit();
        db.setAutoCommit(true);
        return (System.nanoTime() - start) / 1e9;
    }

    static void clear(Connection db, long installationId) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("DELETE FROM contribution_count WHERE installation_id = " + installationId);
            statement.execute("VACUUM ANALYZE contribution_count");
        }
    }

    /** The JSON bodies an instance sends: users in order, each user's days together. */
    static List<String> batches(long[] userIds, LocalDate today, int days) {
        List<String> batches = new ArrayList<>();
        StringBuilder json = null;
        int entries = 0;
        for (long user : userIds) {
            for (int d = 0; d < days; d++) {
                if (json == null) {
                    json = new StringBuilder(BATCH * 52).append("{\"batch_id\":\"").append(UUID.randomUUID())
                            .append("\",\"counts\":[");
                    entries = 0;
                }
                json.append(entries == 0 ? "" : ",").append("{\"user_id\":").append(user).append(",\"day\":\"")
                        .append(today.minusDays(d)).append("\",\"count\":").append(1 + (user + d) % 17).append('}');
                if (++entries == BATCH) {
                    batches.add(json.append("]}").toString());
                    json = null;
                }
            }
        }
        if (json != null) {
            batches.add(json.append("]}").toString());
        }
        return batches;
    }

    static String copyData(Fixture fixture, LocalDate today, int days) {
        StringBuilder csv = new StringBuilder(fixture.userIds.length * days * 32);
        for (long user : fixture.userIds) {
            for (int d = 0; d < days; d++) {
                csv.append(fixture.installationId).append(',').append(user).append(',').append(today.minusDays(d))
                        .append(',').append(1 + (user + d) % 17).append('\n');
            }
        }
        return csv.toString();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A connected instance made directly in the cloud's database, with unified contributions enabled. */
    record Fixture(long accountId, long appId, long installationId, String token, long[] userIds, String prefix) {

        static Fixture create(Connection db, int users) throws Exception {
            String prefix = "bench" + Long.toString(System.nanoTime(), 36);
            String token = "ghs_" + prefix + "x".repeat(36 - prefix.length());
            long account = insert(db, "INSERT INTO account (login, name, type, billing_plan, terms_of_service, created_at) "
                    + "VALUES ('" + prefix + "', 'Benchmark', 'ORGANIZATION', 'INVOICED', 'STANDARD', now())");
            long app = insert(db, "INSERT INTO connect_app (account_id, slug, name, instance_hostname, client_id, "
                    + "client_secret_hash, webhook_secret, public_key_pem, created_at) VALUES (" + account + ", '" + prefix
                    + "', 'Benchmark', '" + prefix + ".example.test', 'Iv1." + prefix + "', 'x', 'x', 'x', now())");
            long installation = insert(db, "INSERT INTO installation (app_id, account_id, created_at) VALUES (" + app
                    + ", " + account + ", now())");
            insert(db, "INSERT INTO connection_record (installation_id, account_id, hostname, version, connected_by, "
                    + "connected_at) VALUES (" + installation + ", " + account + ", '" + prefix
                    + ".example.test', 'bench', 'bench', now())");
            insert(db, "INSERT INTO installation_token (installation_id, token_hash, expires_at, created_at) VALUES ("
                    + installation + ", '" + sha256(token) + "', now() + interval '1 day', now())");
            insert(db, "INSERT INTO contribution_access (installation_id, status, requested_by, requested_at, updated_at) "
                    + "VALUES (" + installation + ", 'ENABLED', 'bench', now(), now())");
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("INSERT INTO cloud_user (login, email, password_hash, site_admin, created_at) "
                        + "SELECT '" + prefix + "-' || n, 'bench@example.test', 'x', false, now() "
                        + "FROM generate_series(1, " + users + ") AS n");
                statement.executeUpdate("INSERT INTO contribution_link (installation_id, user_id, instance_login, linked_at) "
                        + "SELECT " + installation + ", id, login, now() FROM cloud_user WHERE login LIKE '" + prefix + "-%'");
                // As autovacuum would have by the time 10,000 users had linked one by one.
                statement.execute("ANALYZE cloud_user, contribution_link");
            }
            long[] ids = new long[users];
            try (Statement statement = db.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT user_id FROM contribution_link WHERE installation_id = "
                            + installation + " ORDER BY user_id")) {
                for (int i = 0; rows.next(); i++) {
                    ids[i] = rows.getLong(1);
                }
            }
            return new Fixture(account, app, installation, token, ids, prefix);
        }

        /** Deleting the account cascades to the app, installation, token, links and counts. */
        void remove(Connection db) throws Exception {
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("DELETE FROM account WHERE id = " + accountId);
                statement.executeUpdate("DELETE FROM cloud_user WHERE login LIKE '" + prefix + "-%'");
            }
        }

        static long insert(Connection db, String sql) throws Exception {
            try (PreparedStatement statement = db.prepareStatement(sql, new String[] {"id"})) {
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0;
                }
            }
        }

        static String sha256(String text) throws Exception {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
