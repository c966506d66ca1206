package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.ContributionsDriver.addUser;
import static io.enterpriseconnect.system.ContributionsDriver.addVerifiedEmail;
import static io.enterpriseconnect.system.ContributionsDriver.as;
import static io.enterpriseconnect.system.ContributionsDriver.cloudCounts;
import static io.enterpriseconnect.system.ContributionsDriver.deliver;
import static io.enterpriseconnect.system.ContributionsDriver.instanceCounts;
import static io.enterpriseconnect.system.ContributionsDriver.issueOpened;
import static io.enterpriseconnect.system.ContributionsDriver.json;
import static io.enterpriseconnect.system.ContributionsDriver.link;
import static io.enterpriseconnect.system.ContributionsDriver.ok;
import static io.enterpriseconnect.system.ContributionsDriver.push;
import static io.enterpriseconnect.system.ContributionsDriver.send;
import static io.enterpriseconnect.system.ContributionsDriver.setCounts;
import static io.enterpriseconnect.system.ContributionsDriver.syncNow;
import static io.enterpriseconnect.system.ContributionsDriver.today;
import static io.enterpriseconnect.system.ContributionsDriver.unique;
import static io.enterpriseconnect.system.ContributionsDriver.webhookSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unified contributions over the two APIs, the way scripts drive them: the owner enables, a user
 * links and sends, webhook deliveries and the bulk API record counts, a sync brings the cloud to
 * exactly the instance's counts, opting out deletes them there and opting in again restores the
 * past 90 days.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContributionsFlowIT {

    private static final String OWNER = unique("owner");
    private static final String MONA = unique("mona");
    private static final String MONA_EMAIL = MONA + "@example.com";
    private static final String CLOUD_MONA = unique("cmona");
    private static String cloudMona;

    @Deployment(name = "instance", order = 2, testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    @AfterAll
    static void disconnect() {
        InstanceConnect.admin().reset();
    }

    @Test
    @Order(1)
    void anOwnerWhoLinkedTheirCloudAccountEnablesUnifiedContributionsAtOnceOnStandardTerms() {
        InstanceConnect admin = InstanceConnect.admin();
        admin.reset();
        admin.connect(CloudSession.signedInAsOwner(), "octo-org");
        addUser(OWNER, "enterprise-owner", "member");

        HttpResponse<String> notLinked = as(OWNER, "PUT", "/api/contributions/access", null);
        assertEquals(409, notLinked.statusCode(), notLinked.body());
        assertTrue(notLinked.body().contains("Connect your own account to GitHub.com first"), notLinked.body());

        assertEquals("octocat", link(OWNER, CloudSession.signedInAsOwner()));
        JsonNode enabled = ok(as(OWNER, "PUT", "/api/contributions/access", null));
        assertEquals("ENABLED", enabled.get("status").asText(), enabled.toString());
        assertTrue(admin.status().body().contains("\"name\":\"unified_contributions\""), "a Connect feature now");
        assertTrue(admin.audit().body().contains("\"action\":\"unified-contributions-request\",\"outcome\":\"SUCCESS\""));
    }

    @Test
    @Order(2)
    void aUserLinksAndSendsAndTheSyncBringsTheCloudToTheInstancesCounts() {
        addUser(MONA, "member");
        addVerifiedEmail(MONA, MONA_EMAIL);
        cloudMona = link(MONA, CloudSession.signedUp(CLOUD_MONA, "cloud " + CLOUD_MONA + " password"));
        assertEquals(CLOUD_MONA, cloudMona);
        assertTrue(send(MONA, true).get("sending").asBoolean());

        String secret = webhookSecret();
        LocalDate today = today();
        Map<String, java.time.Instant> commits = new LinkedHashMap<>();
        commits.put(MONA_EMAIL, today.atTime(1, 0).toInstant(ZoneOffset.UTC));
        commits.put("stranger@example.com", today.atTime(2, 0).toInstant(ZoneOffset.UTC));
        JsonNode pushed = json(deliver("push", UUID.randomUUID().toString(), push(7001, commits), secret));
        assertEquals(1, pushed.get("counted").asInt(), pushed.toString());
        JsonNode opened = json(deliver("issues", UUID.randomUUID().toString(),
                issueOpened(7001, 1, MONA, today.minusDays(1).atTime(23, 59).toInstant(ZoneOffset.UTC)), secret));
        assertEquals(1, opened.get("counted").asInt(), opened.toString());
        setCounts(MONA, Map.of(today.minusDays(30), 4, today.minusDays(89), 2, today.minusDays(120), 9));

        JsonNode run = syncNow();
        assertEquals("SUCCEEDED", run.get("status").asText(), run.toString());
        assertCloudEqualsInstance(today.minusDays(89), today);
        assertEquals(Map.of(today, 1, today.minusDays(1), 1, today.minusDays(30), 4, today.minusDays(89), 2,
                today.minusDays(120), 9), cloudCounts(cloudMona, today.minusDays(150), today));
    }

    @Test
    @Order(3)
    void optingOutDeletesTheCountsOnTheCloudAndOptingInAgainRestoresTheLast90Days() {
        LocalDate today = today();
        JsonNode stopped = send(MONA, false);
        assertTrue(!stopped.get("sending").asBoolean() && !stopped.get("deletionPending").asBoolean(), stopped.toString());
        assertEquals(Map.of(), cloudCounts(cloudMona, today.minusDays(150), today), "deleted on the cloud at once");

        send(MONA, true);
        JsonNode run = ContributionsDriver.waitForRunAfter(0, Duration.ofMinutes(2));
        awaitCloud(today.minusDays(89), today);
        assertEquals(Map.of(), cloudCounts(cloudMona, today.minusDays(150), today.minusDays(90)),
                "only the past 90 days come back");
        assertTrue(run.has("id"));
    }

    private static void assertCloudEqualsInstance(LocalDate from, LocalDate to) {
        assertEquals(instanceCounts(MONA, from, to), cloudCounts(cloudMona, from, to));
    }

    /** The restore runs in the background right after opting in. */
    private static void awaitCloud(LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> expected = new TreeMap<>(instanceCounts(MONA, from, to));
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        while (!expected.equals(cloudCounts(cloudMona, from, to))) {
            if (java.time.Instant.now().isAfter(deadline)) {
                assertEquals(expected, cloudCounts(cloudMona, from, to), "restored within 90 s");
            }
            ServerControl.sleep(500);
        }
    }
}
