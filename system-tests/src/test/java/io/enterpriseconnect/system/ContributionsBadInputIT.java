package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.ContributionsDriver.addUser;
import static io.enterpriseconnect.system.ContributionsDriver.addVerifiedEmail;
import static io.enterpriseconnect.system.ContributionsDriver.admin;
import static io.enterpriseconnect.system.ContributionsDriver.as;
import static io.enterpriseconnect.system.ContributionsDriver.deliver;
import static io.enterpriseconnect.system.ContributionsDriver.instanceCounts;
import static io.enterpriseconnect.system.ContributionsDriver.json;
import static io.enterpriseconnect.system.ContributionsDriver.ok;
import static io.enterpriseconnect.system.ContributionsDriver.push;
import static io.enterpriseconnect.system.ContributionsDriver.today;
import static io.enterpriseconnect.system.ContributionsDriver.unique;
import static io.enterpriseconnect.system.ContributionsDriver.webhookSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every unified contributions endpoint refuses bad input with a clear 4xx that names the field,
 * and a refused webhook delivery is kept for diagnosis and never counted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContributionsBadInputIT {

    private static final String MEMBER = unique("member");
    private static final String OWNER = unique("owner");
    private static final String EMAIL = MEMBER + "@example.com";

    @Deployment(name = "instance", order = 2, testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    @BeforeAll
    static void users() {
        InstanceConnect.admin().reset();
        addUser(MEMBER, "member");
        addUser(OWNER, "enterprise-owner", "member");
        addVerifiedEmail(MEMBER, EMAIL);
    }

    @Test
    void unsignedBadlySignedMalformedAndUnsupportedDeliveriesAreRefusedKeptAndNeverCounted() {
        String secret = webhookSecret();
        String author = unique("author");
        addUser(author, "member");
        addVerifiedEmail(author, author + "@example.com");
        String body = push(9001, Map.of(author + "@example.com", today().atStartOfDay().toInstant(ZoneOffset.UTC)));

        refused(deliver("push", guid(), body, null), 401, "unsigned");
        refused(deliver("push", guid(), body, "not the secret"), 401, "does not match the body");
        refused(send("push", guid(), body, "sha1=abc", "application/json"), 401, "is not 'sha256='");
        refused(send(null, guid(), body, ContributionsDriver.sign(secret, bytes(body)), "application/json"), 400,
                "X-GitHub-Event is missing");
        refused(send("push", null, body, ContributionsDriver.sign(secret, bytes(body)), "application/json"), 400,
                "X-GitHub-Delivery is missing");
        refused(deliver("star", guid(), "{}", secret), 400, "Unsupported event 'star'");
        refused(deliver("push", guid(), "{not json", secret), 400, "not a JSON object");
        refused(send("push", guid(), "payload=x", ContributionsDriver.sign(secret, bytes("payload=x")),
                "application/x-www-form-urlencoded"), 415, "Content-Type must be application/json");
        HttpResponse<String> malformed = deliver("issues", guid(), "{\"action\":\"opened\",\"repository\":{\"id\":1}}",
                secret);
        refused(malformed, 422, "malformed");
        assertEquals("issue", json(malformed).get("field").asText());
        byte[] huge = new byte[5 * 1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        refused(Http.send(HttpRequest.newBuilder(URI.create(Http.INSTANCE + "/webhooks/github"))
                .header("Content-Type", "application/json").header("X-GitHub-Event", "push")
                .header("X-GitHub-Delivery", guid()).POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build()),
                413, "larger than");

        assertEquals(Map.of(), instanceCounts(author, today().minusDays(1), today()), "nothing refused was counted");
        JsonNode deliveries = ok(admin("GET", "/api/contributions/webhooks", null)).get("deliveries");
        long refusedKept = 0;
        for (JsonNode delivery : deliveries) {
            if ("REFUSED".equals(delivery.get("outcome").asText())) {
                refusedKept++;
            }
        }
        assertTrue(refusedKept >= 10, "refusals are kept with their reason: " + deliveries);
        assertTrue(deliveries.toString().contains("unsigned: no X-Hub-Signature-256 header"), deliveries::toString);
    }

    @Test
    void aRedeliveryIsCountedOnceAndAPingIsAnswered() {
        String secret = webhookSecret();
        String guid = guid();
        String body = push(9002, Map.of(EMAIL, today().atTime(5, 0).toInstant(ZoneOffset.UTC)));
        assertEquals(1, json(deliver("push", guid, body, secret)).get("counted").asInt());
        JsonNode again = json(deliver("push", guid, body, secret));
        assertTrue(again.get("duplicate").asBoolean(), again.toString());
        JsonNode sameCommitsNewGuid = json(deliver("push", guid(), body, secret));
        assertEquals(0, sameCommitsNewGuid.get("counted").asInt(), "a commit counts once: " + sameCommitsNewGuid);
        assertEquals(Map.of(today(), 1), instanceCounts(MEMBER, today(), today()));
        assertEquals(200, deliver("ping", guid(), "{\"zen\":\"Design for failure.\"}", secret).statusCode());
    }

    @Test
    void bulkCountsNameTheBadEntry() {
        String day = today().toString();
        field(admin("POST", "/api/contributions", "{\"counts\":[]}"), 400, "counts");
        field(admin("POST", "/api/contributions", "{\"counts\":[{\"login\":\"nobody-here\",\"day\":\"" + day
                + "\",\"count\":1}]}"), 400, "counts[0].login");
        field(admin("POST", "/api/contributions", "{\"counts\":[{\"login\":\"" + MEMBER + "\",\"day\":\"" + day
                + "\",\"count\":1},{\"login\":\"" + MEMBER + "\",\"day\":\"2026-13-01\",\"count\":1}]}"), 400,
                "counts[1].day");
        field(admin("POST", "/api/contributions", "{\"counts\":[{\"login\":\"" + MEMBER + "\",\"day\":\""
                + today().plusDays(2) + "\",\"count\":1}]}"), 400, "counts[0].day");
        field(admin("POST", "/api/contributions", "{\"counts\":[{\"login\":\"" + MEMBER + "\",\"day\":\""
                + today().minusDays(400) + "\",\"count\":1}]}"), 400, "counts[0].day");
        field(admin("POST", "/api/contributions", "{\"counts\":[{\"login\":\"" + MEMBER + "\",\"day\":\"" + day
                + "\",\"count\":-1}]}"), 400, "counts[0].count");
        field(admin("POST", "/api/contributions", "{\"counts\":[{\"login\":\"" + MEMBER + "\",\"day\":\"" + day
                + "\",\"count\":1},{\"login\":\"" + MEMBER + "\",\"day\":\"" + day + "\",\"count\":2}]}"), 400,
                "counts[1]");
        assertEquals(400, admin("POST", "/api/contributions", "{\"counts\":").statusCode());
        assertEquals(403, as(MEMBER, "POST", "/api/contributions", "{\"counts\":[]}").statusCode());
        assertEquals(401, Http.send("POST", Http.INSTANCE + "/api/contributions", "{}", MEMBER, "wrong password")
                .statusCode());
    }

    @Test
    void readingCountsAndEmailsNamesTheProblem() {
        field(admin("GET", "/api/contributions/users/nobody-here", null), 404, "login");
        field(admin("GET", "/api/contributions/users/" + MEMBER + "?from=yesterday", null), 400, "from");
        field(admin("GET", "/api/contributions/users/" + MEMBER + "?from=2026-02-01&to=2026-01-01", null), 400, "from");
        assertEquals(403, as(OWNER, "GET", "/api/contributions/users/" + MEMBER, null).statusCode());
        assertEquals(200, as(MEMBER, "GET", "/api/contributions/users/" + MEMBER, null).statusCode());

        field(admin("POST", "/api/users/" + MEMBER + "/emails", "{\"email\":\"not an address\"}"), 400, "email");
        field(admin("POST", "/api/users/" + OWNER + "/emails", "{\"email\":\"" + EMAIL.toUpperCase() + "\"}"), 400,
                "email");
        field(admin("POST", "/api/users/nobody-here/emails", "{\"email\":\"a@b.c\"}"), 404, "login");
        assertEquals(403, as(MEMBER, "POST", "/api/users/" + MEMBER + "/emails", "{\"email\":\"x@y.z\"}").statusCode());
        assertEquals(403, as(MEMBER, "GET", "/api/users/" + OWNER + "/emails", null).statusCode());
        assertTrue(as(MEMBER, "GET", "/api/users/" + MEMBER + "/emails", null).body().contains(EMAIL));
    }

    @Test
    void linkingSendingAccessAndSyncRefuseWhatDoesNotFit() {
        field(as(MEMBER, "POST", "/api/user/connect/complete", "{}"), 400, "code");
        field(as(MEMBER, "POST", "/api/user/connect/complete", "{\"code\":\"abc\",\"state\":\"no/such\"}"), 400,
                "state");
        field(as(MEMBER, "POST", "/api/user/connect/complete", "{\"code\":\"abc\",\"state\":\"unknown\"}"), 400,
                "state");
        field(as(MEMBER, "PUT", "/api/user/connect/contributions", "{}"), 400, "send");
        conflict(as(MEMBER, "PUT", "/api/user/connect/contributions", "{\"send\":false}"), "Connect your account");
        conflict(as(MEMBER, "POST", "/api/user/connect/authorize-url", null), "GitHub Connect is not connected");

        assertEquals(403, as(MEMBER, "PUT", "/api/contributions/access", null).statusCode());
        conflict(as(OWNER, "PUT", "/api/contributions/access", null), "GitHub Connect is not connected");
        conflict(as(OWNER, "DELETE", "/api/contributions/access", null), "not enabled");
        assertEquals("NOT_REQUESTED", json(as(MEMBER, "GET", "/api/contributions/access", null)).get("status").asText());

        assertEquals(403, as(MEMBER, "GET", "/api/contributions/sync", null).statusCode());
        assertEquals(403, as(OWNER, "POST", "/api/contributions/sync", null).statusCode());
        conflict(admin("POST", "/api/contributions/sync", null), "GitHub Connect is not connected");
        assertEquals(403, as(MEMBER, "GET", "/api/contributions/webhooks", null).statusCode());
    }

    private static void refused(HttpResponse<String> response, int status, String reason) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(json(response).get("message").asText().contains(reason), response.body());
    }

    private static void field(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(field, json(response).path("field").asText(), response.body());
    }

    private static void conflict(HttpResponse<String> response, String reason) {
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(response.body().contains(reason), response.body());
    }

    private static HttpResponse<String> send(String event, String guid, String body, String signature, String type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.INSTANCE + "/webhooks/github"))
                .header("Content-Type", type).header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (event != null) {
            request.header("X-GitHub-Event", event);
        }
        if (guid != null) {
            request.header("X-GitHub-Delivery", guid);
        }
        return Http.send(request.build());
    }

    private static String guid() {
        return UUID.randomUUID().toString();
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
