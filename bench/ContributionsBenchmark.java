import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Unified contributions at scale, against a running instance and cloud on PostgreSQL (./run with
 * the EC_*_DB_URL variables): a backfill of 10,000 users × 90 days (900,000 daily counts) synced
 * from the instance to the cloud over HTTP, next to PostgreSQL's own COPY of the same rows into the
 * same cloud table (the fastest way those rows can get there at all); then the hourly delta, one
 * changed day for each of the 10,000 users recorded through the bulk API and synced. Prints the
 * medians of the measured runs:
 *
 *   contrib-bench: sync N rows/s, copy M rows/s, ratio R; hourly delta for 10000 users T s
 *
 *   java -cp postgresql.jar bench/ContributionsBenchmark.java ADMIN_PASSWORD OCTOCAT_PASSWORD [RUNS]
 *
 * Environment: EC_INSTANCE_URL (http://localhost:8080), EC_CLOUD_URL (http://localhost:8180),
 * EC_INSTANCE_DB_URL and EC_CLOUD_DB_URL (required; their databases), EC_INSTANCE_DB_USER and
 * EC_CLOUD_DB_USER (postgres), EC_*_DB_PASSWORD (none). The 10,000 users are seeded straight into
 * both databases (creating them through the APIs would time password hashing, not the sync): cloud
 * users, their links to the installation, instance users linked and sending. The instance is
 * connected to octo-org as the admin, and an enterprise owner enables unified contributions through
 * the real flow. It is left connected with the seeded users in place; a second run starts over.
 */
public class ContributionsBenchmark {

    static final String INSTANCE = env("EC_INSTANCE_URL", "http://localhost:8080");
    static final String CLOUD = env("EC_CLOUD_URL", "http://localhost:8180");
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final int USERS = 10_000;
    static final int DAYS = 90;
    static final int WARMUP = 1;
    static final String PREFIX = "bench-";
    static final String OWNER = "bench-owner";
    static final String OWNER_PASSWORD = "bench owner password";

    static String adminAuth;
    static HttpClient cloudBrowser;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -cp postgresql.jar bench/ContributionsBenchmark.java ADMIN_PASSWORD "
                    + "OCTOCAT_PASSWORD [RUNS]");
            System.exit(2);
        }
        adminAuth = basic("admin", args[0]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        cloudBrowser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signInToCloud(args[1]);
        try (Connection instanceDb = database("INSTANCE"); Connection cloudDb = database("CLOUD")) {
            long installation = connectAndEnable(instanceDb);
            seedUsers(instanceDb, cloudDb, installation);
            long firstVersion = backfill(instanceDb);
            List<Row> rows = rowsToSend(instanceDb);

            List<Double> sync = new ArrayList<>();
            List<Double> copy = new ArrayList<>();
            List<Double> delta = new ArrayList<>();
            List<Double> ratio = new ArrayList<>();
            for (int run = 0; run < WARMUP + runs; run++) {
                clearCloud(cloudDb, installation);
                rewindCursor(instanceDb, firstVersion);
                double syncSeconds = syncNow();
                check(cloudDb, installation, rows.size());

                clearCloud(cloudDb, installation);
                double copySeconds = copy(cloudDb, installation, rows);
                check(cloudDb, installation, rows.size());

                recordOneDayEach(run);
                double deltaSeconds = syncNow();
                if (run >= WARMUP) {
                    sync.add(rows.size() / syncSeconds);
                    copy.add(rows.size() / copySeconds);
                    delta.add(deltaSeconds);
                    ratio.add(copySeconds / syncSeconds);
                }
                System.err.printf("run %d: sync %.1f s, copy %.2f s, delta %.2f s%n", run, syncSeconds, copySeconds,
                        deltaSeconds);
            }
            System.out.printf("contrib-bench: sync %.0f rows/s, copy %.0f rows/s, ratio %.2f; hourly delta for %d users "
                    + "%.2f s%n", median(sync), median(copy), median(ratio), USERS, median(delta));
            System.out.printf("(%d rows; medians of %d runs after %d warm-up; the ratio is the median of each run's "
                    + "sync rate over its COPY rate, measured side by side; sync = the instance's run from start to "
                    + "finish as its history records it)%n", rows.size(), runs, WARMUP);
        }
    }

    /** Connects to octo-org and has an enterprise owner enable the feature; the installation id. */
    static long connectAndEnable(Connection instanceDb) throws Exception {
        if (!field(instance("GET", "/api/connect", null, adminAuth).body(), "state").equals("NOT_ENABLED")) {
            expect(200, instance("POST", "/api/connect/disable", "", adminAuth));
        }
        try (Statement statement = instanceDb.createStatement()) {
            statement.executeUpdate("delete from user_account where login like '" + PREFIX + "%'");
        }
        expect(200, instance("POST", "/api/connect/enable", "{\"acceptAddendum\":true}", adminAuth));
        String link = field(expect(200, instance("POST", "/api/connect/authorize-url", "", adminAuth)).body(), "url");
        URI back = clickConnect(link);
        String status = expect(200, instance("POST", "/api/connect/complete", "{\"code\":\"" + query(back, "code")
                + "\",\"state\":\"" + query(back, "state") + "\"}", adminAuth)).body();
        long installation = Long.parseLong(number(status, "installationId"));

        expect(201, instance("POST", "/api/users", "{\"login\":\"" + OWNER + "\",\"password\":\"" + OWNER_PASSWORD
                + "\",\"roles\":[\"enterprise-owner\",\"member\"]}", adminAuth));
        String owner = basic(OWNER, OWNER_PASSWORD);
        String authorize = field(expect(200, instance("POST", "/api/user/connect/authorize-url", "", owner)).body(), "url");
        HttpResponse<String> page = cloud(authorize, null);
        URI linked = URI.create(submit(page, "link", "link:authorize", "").headers().firstValue("Location").orElseThrow());
        expect(200, instance("POST", "/api/user/connect/complete", "{\"code\":\"" + query(linked, "code")
                + "\",\"state\":\"" + query(linked, "state") + "\"}", owner));
        String access = expect(200, instance("PUT", "/api/contributions/access", null, owner)).body();
        if (!field(access, "status").equals("ENABLED")) {
            throw new IllegalStateException("Unified contributions are not enabled: " + access);
        }
        return installation;
    }

    /** 10,000 cloud users linked to the installation, and 10,000 instance users linked to them and sending. */
    static void seedUsers(Connection instanceDb, Connection cloudDb, long installation) throws Exception {
        try (Statement cloud = cloudDb.createStatement()) {
            cloud.executeUpdate("delete from contribution_link where user_id in (select id from cloud_user where login"
                    + " like '" + PREFIX + "%')");
            cloud.executeUpdate("delete from cloud_user where login like '" + PREFIX + "%'");
            cloud.executeUpdate("insert into cloud_user (login, email, password_hash, site_admin, created_at)"
                    + " select '" + PREFIX + "' || g, '" + PREFIX + "' || g || '@example.com', 'not-a-hash', false, now()"
                    + " from generate_series(1, " + USERS + ") g");
            cloud.executeUpdate("insert into contribution_link (installation_id, user_id, instance_login, linked_at)"
                    + " select " + installation + ", id, login, now() from cloud_user where login like '" + PREFIX
                    + "%' and login <> '" + OWNER + "'");
        }
        List<String> cloudIds = new ArrayList<>();
        try (Statement cloud = cloudDb.createStatement();
             ResultSet users = cloud.executeQuery("select id, login from cloud_user where login like '" + PREFIX + "%'")) {
            while (users.next()) {
                cloudIds.add(users.getString(2) + "\t" + users.getLong(1));
            }
        }
        try (Statement statement = instanceDb.createStatement()) {
            statement.executeUpdate("insert into user_account (login, password_hash, created_at) select '" + PREFIX
                    + "' || g, 'not-a-hash', now() from generate_series(1, " + USERS + ") g");
            statement.executeUpdate("create temporary table bench_cloud_user (login varchar(64), cloud_id bigint)");
        }
        ((PGConnection) instanceDb).getCopyAPI().copyIn("copy bench_cloud_user from stdin",
                new ByteArrayInputStream((String.join("\n", cloudIds) + "\n").getBytes(StandardCharsets.UTF_8)));
        try (Statement statement = instanceDb.createStatement()) {
            statement.executeUpdate("insert into contribution_link (user_id, cloud_user_id, cloud_login, linked_at,"
                    + " sharing, sharing_changed_at) select u.id, c.cloud_id, c.login, now(), true, now()"
                    + " from user_account u join bench_cloud_user c on c.login = u.login");
            statement.executeUpdate("drop table bench_cloud_user");
        }
    }

    /** 90 days for each user, in one writing transaction, as a bulk import would: its version. */
    static long backfill(Connection instanceDb) throws Exception {
        instanceDb.setAutoCommit(false);
        try (Statement statement = instanceDb.createStatement()) {
            ResultSet version = statement.executeQuery("update contribution_version set current_version ="
                    + " current_version + 1 where id = 1 returning current_version");
            version.next();
            long stamped = version.getLong(1);
            statement.executeUpdate("insert into daily_contribution (user_id, day_utc, contributions, version, changed_at)"
                    + " select l.user_id, current_date - d, 1 + (l.user_id + d) % 9, " + stamped + ", now()"
                    + " from contribution_link l join user_account u on u.id = l.user_id, generate_series(0, " + (DAYS - 1)
                    + ") d where u.login like '" + PREFIX + "%' and u.login <> '" + OWNER + "'");
            instanceDb.commit();
            return stamped;
        } finally {
            instanceDb.setAutoCommit(true);
        }
    }

    record Row(long cloudUserId, LocalDate day, int count) {
    }

    static List<Row> rowsToSend(Connection instanceDb) throws Exception {
        List<Row> rows = new ArrayList<>(USERS * DAYS);
        try (Statement statement = instanceDb.createStatement();
             ResultSet row = statement.executeQuery("select l.cloud_user_id, d.day_utc, d.contributions"
                     + " from daily_contribution d join contribution_link l on l.user_id = d.user_id"
                     + " join user_account u on u.id = d.user_id where u.login like '" + PREFIX + "%'")) {
            while (row.next()) {
                rows.add(new Row(row.getLong(1), row.getObject(2, LocalDate.class), row.getInt(3)));
            }
        }
        return rows;
    }

    /** The mark goes back to just before the backfill, so the next sync sends it all again. */
    static void rewindCursor(Connection instanceDb, long backfillVersion) throws Exception {
        try (Statement statement = instanceDb.createStatement()) {
            statement.executeUpdate("update contribution_sync set cursor_version = " + (backfillVersion - 1)
                    + ", cursor_user_id = 0, cursor_day = null where id = 1");
        }
    }

    static void clearCloud(Connection cloudDb, long installation) throws Exception {
        try (Statement statement = cloudDb.createStatement()) {
            statement.executeUpdate("delete from contribution_count where installation_id = " + installation);
            // Each measurement starts from an empty, compact table: repeated loads would bloat the index.
            statement.execute("vacuum analyze contribution_count");
            statement.execute("reindex table contribution_count");
        }
    }

    static double copy(Connection cloudDb, long installation, List<Row> rows) throws Exception {
        StringBuilder data = new StringBuilder(rows.size() * 32);
        for (Row row : rows) {
            data.append(installation).append('\t').append(row.cloudUserId()).append('\t').append(row.day()).append('\t')
                    .append(row.count()).append('\n');
        }
        byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        ((PGConnection) cloudDb).getCopyAPI().copyIn("copy contribution_count (installation_id, user_id, contributed_on,"
                + " contributions) from stdin", new ByteArrayInputStream(bytes));
        return (System.nanoTime() - start) / 1e9;
    }

    /** Today's count of every seeded user changes, through the bulk API (10,000 entries, one request). */
    static void recordOneDayEach(int run) throws Exception {
        StringBuilder body = new StringBuilder("{\"counts\":[");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 1; i <= USERS; i++) {
            body.append(i > 1 ? "," : "").append("{\"login\":\"").append(PREFIX).append(i).append("\",\"day\":\"")
                    .append(today).append("\",\"count\":").append(10 + run).append('}');
        }
        expect(200, instance("POST", "/api/contributions", body.append("]}").toString(), adminAuth));
    }

    /** Sync now, waits for the run, and returns its duration as the instance recorded it. */
    static double syncNow() throws Exception {
        long before = lastRunId();
        expect(202, instance("POST", "/api/contributions/sync", null, adminAuth));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            String status = expect(200, instance("GET", "/api/contributions/sync", null, adminAuth)).body();
            Matcher run = Pattern.compile("\\{\"batches\":[^{}]*?\"id\":(\\d+)[^{}]*\\}").matcher(status);
            while (run.find()) {
                String entry = run.group();
                if (Long.parseLong(run.group(1)) > before && !entry.contains("\"status\":\"RUNNING\"")) {
                    if (!entry.contains("\"status\":\"SUCCEEDED\"")) {
                        throw new IllegalStateException("The sync failed: " + entry);
                    }
                    return Duration.between(Instant.parse(field(entry, "startedAt")),
                            Instant.parse(field(entry, "finishedAt"))).toNanos() / 1e9;
                }
            }
        }
        throw new IllegalStateException("No sync finished within 30 minutes");
    }

    static long lastRunId() throws Exception {
        Matcher id = Pattern.compile("\"history\":\\[\\{[^{}]*?\"id\":(\\d+)")
                .matcher(expect(200, instance("GET", "/api/contributions/sync", null, adminAuth)).body());
        return id.find() ? Long.parseLong(id.group(1)) : 0;
    }

    static void check(Connection cloudDb, long installation, int expected) throws Exception {
        try (PreparedStatement count = cloudDb.prepareStatement(
                "select count(*) from contribution_count where installation_id = ?")) {
            count.setLong(1, installation);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                if (result.getInt(1) != expected) {
                    throw new IllegalStateException("The cloud has " + result.getInt(1) + " counts, not " + expected);
                }
            }
        }
    }

    static Connection database(String which) throws Exception {
        String url = System.getenv("EC_" + which + "_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Set EC_" + which + "_DB_URL to the " + which.toLowerCase()
                    + "'s PostgreSQL database (the one ./run uses)");
        }
        return DriverManager.getConnection(url, env("EC_" + which + "_DB_USER", "postgres"),
                env("EC_" + which + "_DB_PASSWORD", ""));
    }

    static void signInToCloud(String password) throws Exception {
        HttpResponse<String> page = cloud(CLOUD + "/sign-in", null);
        HttpResponse<String> done = submit(page, "sign-in", "sign-in:submit", "sign-in:login=octocat&sign-in:password="
                + enc(password) + "&sign-in:next=%2F");
        if (done.statusCode() != 302) {
            throw new IllegalStateException("Cannot sign in to the cloud as octocat");
        }
    }

    static URI clickConnect(String link) throws Exception {
        HttpResponse<String> page = cloud(link, null);
        int row = page.body().indexOf("<span class=\"account-login\">octo-org</span>");
        Matcher button = Pattern.compile("name=\"([^\"]*connect-account)\"").matcher(page.body());
        if (row < 0 || !button.find(row)) {
            throw new IllegalStateException("The cloud does not offer octo-org");
        }
        return URI.create(submit(page, "connect", button.group(1), "").headers().firstValue("Location").orElseThrow());
    }

    static HttpResponse<String> submit(HttpResponse<String> page, String form, String button, String fields)
            throws Exception {
        String html = page.body();
        int at = html.indexOf("<form id=\"" + form + "\"");
        if (at < 0) {
            throw new IllegalStateException("No form " + form + " on " + page.uri() + ": " + html);
        }
        String part = html.substring(at);
        Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(part);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(part);
        action.find();
        state.find();
        String body = enc(form) + "=" + enc(form) + (fields.isEmpty() ? "" : "&" + fields) + "&" + enc(button) + "=x"
                + "&jakarta.faces.ViewState=" + enc(state.group(1).replace("&#58;", ":"));
        return cloud(page.uri().resolve(action.group(1).replace("&amp;", "&")).toString(), body);
    }

    static HttpResponse<String> cloud(String url, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return cloudBrowser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> instance(String method, String path, String json, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(INSTANCE + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]++|\\\\.)*+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return value.group(1).replace("\\u0026", "&").replace("\\/", "/");
    }

    static String number(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return value.group(1);
    }

    static String query(URI uri, String name) {
        Matcher value = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
        value.find();
        return URLDecoder.decode(value.group(1), StandardCharsets.UTF_8);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
