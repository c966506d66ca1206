package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unified contributions driven over HTTP as scripts and people would: instance users and their
 * addresses, linking through the cloud's authorize page, webhook deliveries signed with the
 * instance's secret, syncs, and the counts on both sides to compare.
 */
final class ContributionsDriver {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "contributions-test-password";
    /** The instance's hostname, which the cloud shows as the counts' source. */
    static final String SOURCE = URI.create(INSTANCE).getHost();

    private ContributionsDriver() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    static JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : json(response);
    }

    static HttpResponse<String> admin(String method, String path, String body) {
        return Http.send(method, INSTANCE + path, body, Http.ADMIN, Http.ADMIN_PASSWORD);
    }

    static HttpResponse<String> as(String login, String method, String path, String body) {
        return Http.send(method, INSTANCE + path, body, login, PASSWORD);
    }

    static void addUser(String login, String... roles) {
        ObjectNode user = JSON.createObjectNode().put("login", login).put("password", PASSWORD);
        ArrayNode list = user.putArray("roles");
        for (String role : roles) {
            list.add(role);
        }
        ok(admin("POST", "/api/users", user.toString()));
    }

    static void addVerifiedEmail(String login, String email) {
        ok(admin("POST", "/api/users/" + login + "/emails", "{\"email\":\"" + email + "\",\"verified\":true}"));
    }

    /** The instance user links their account to the cloud user signed in to {@code cloud}: the cloud login. */
    static String link(String login, CloudSession cloud) {
        JsonNode link = ok(as(login, "POST", "/api/user/connect/authorize-url", null));
        URI back = cloud.authorizeLink(link.get("url").asText());
        assertEquals(URI.create(INSTANCE).getPath() + "/settings/connect/callback.xhtml",
                back.getPath(), "the cloud sends the user back to the settings: " + back);
        JsonNode linked = ok(as(login, "POST", "/api/user/connect/complete",
                JSON.createObjectNode().put("code", CloudSession.queryParameter(back, "code"))
                        .put("state", CloudSession.queryParameter(back, "state")).toString()));
        return linked.get("cloudLogin").asText();
    }

    /** Connects the instance to octo-org; the owner links octocat and enables unified contributions. */
    static void enableAsOwner(String owner) {
        InstanceConnect admin = InstanceConnect.admin();
        admin.reset();
        admin.connect(CloudSession.signedInAsOwner(), "octo-org");
        addUser(owner, "enterprise-owner", "member");
        assertEquals("octocat", link(owner, CloudSession.signedInAsOwner()));
        assertEquals("ENABLED", ok(as(owner, "PUT", "/api/contributions/access", null)).get("status").asText());
    }

    /** A new instance user, linked to a new cloud user of the same name with a "c" in front, sending: its cloud login. */
    static String sharingUser(String login) {
        addUser(login, "member");
        String cloudLogin = link(login, CloudSession.signedUp("c" + login, "cloud " + login + " password"));
        send(login, true);
        return cloudLogin;
    }

    static JsonNode send(String login, boolean send) {
        return ok(as(login, "PUT", "/api/user/connect/contributions", "{\"send\":" + send + "}"));
    }

    static String webhookSecret() {
        return ok(admin("GET", "/api/contributions/webhooks", null)).get("secret").asText();
    }

    static HttpResponse<String> deliver(String event, String guid, String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(INSTANCE + "/webhooks/github"))
                .header("Content-Type", "application/json")
                .header("X-GitHub-Event", event)
                .header("X-GitHub-Delivery", guid)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (secret != null) {
            request.header("X-Hub-Signature-256", sign(secret, bytes));
        }
        return Http.send(request.build());
    }

    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A push of one commit per entry (author address → UTC timestamp) to the default branch. */
    static String push(long repositoryId, Map<String, Instant> commitsByAuthor) {
        ObjectNode push = JSON.createObjectNode().put("ref", "refs/heads/main");
        push.putObject("repository").put("id", repositoryId).put("full_name", "octo/r" + repositoryId)
                .put("default_branch", "main").put("fork", false);
        ArrayNode commits = push.putArray("commits");
        commitsByAuthor.forEach((author, at) -> commits.addObject().put("id", UUID.randomUUID().toString())
                .put("timestamp", at.toString()).putObject("author").put("email", author));
        return push.toString();
    }

    static String issueOpened(long repositoryId, int number, String login, Instant at) {
        ObjectNode issue = JSON.createObjectNode().put("action", "opened");
        issue.putObject("repository").put("id", repositoryId).put("default_branch", "main").put("fork", false);
        issue.putObject("issue").put("number", number).put("created_at", at.toString()).putObject("user")
                .put("login", login);
        return issue.toString();
    }

    /** Sets days of a user through the bulk API. */
    static void setCounts(String login, Map<LocalDate, Integer> counts) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("counts");
        counts.forEach((day, count) -> list.addObject().put("login", login).put("day", day.toString()).put("count", count));
        ok(admin("POST", "/api/contributions", body.toString()));
    }

    /** The instance's non-zero counts of a user, by day. */
    static Map<LocalDate, Integer> instanceCounts(String login, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        ok(admin("GET", "/api/contributions/users/" + login + "?from=" + from + "&to=" + to, null)).get("days")
                .forEach(d -> {
                    if (d.get("count").asInt() > 0) {
                        counts.put(LocalDate.parse(d.get("day").asText()), d.get("count").asInt());
                    }
                });
        return counts;
    }

    /** What the cloud's profile shows for the user from this instance, by day. */
    static Map<LocalDate, Integer> cloudCounts(String cloudLogin, LocalDate from, LocalDate to) {
        JsonNode profile = ok(Http.get(Http.CLOUD + "/api/v3/users/" + cloudLogin + "/contributions?from=" + from
                + "&to=" + to));
        Map<LocalDate, Integer> counts = new TreeMap<>();
        profile.get("days").forEach(day -> day.get("sources").forEach(source -> {
            if (SOURCE.equals(source.get("hostname").asText())) {
                counts.put(LocalDate.parse(day.get("date").asText()), source.get("count").asInt());
            }
        }));
        return counts;
    }

    static long lastRunId() {
        JsonNode history = ok(admin("GET", "/api/contributions/sync", null)).get("history");
        return history.isEmpty() ? 0 : history.get(0).get("id").asLong();
    }

    /** Sync now, and the finished run (the first that started after {@code after}). */
    static JsonNode syncNow() {
        long before = lastRunId();
        assertEquals(202, admin("POST", "/api/contributions/sync", null).statusCode());
        return waitForRunAfter(before, Duration.ofMinutes(3));
    }

    static JsonNode waitForRunAfter(long runId, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = ok(admin("GET", "/api/contributions/sync", null));
            for (JsonNode run : status.get("history")) {
                if (run.get("id").asLong() > runId && !"RUNNING".equals(run.get("status").asText())) {
                    return run;
                }
            }
            ServerControl.sleep(300);
        }
        throw new AssertionError("No sync finished within " + within + ": "
                + admin("GET", "/api/contributions/sync", null).body());
    }

    /** Until no deletion waits for the cloud. */
    static void waitForNoCleanup(Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (ok(admin("GET", "/api/contributions/sync", null)).get("cleanupPending").size() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Deletions still pending: " + admin("GET", "/api/contributions/sync", null).body());
            }
            ServerControl.sleep(500);
        }
    }
}
