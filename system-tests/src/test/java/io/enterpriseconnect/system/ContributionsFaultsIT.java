package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.ContributionsDriver.admin;
import static io.enterpriseconnect.system.ContributionsDriver.cloudCounts;
import static io.enterpriseconnect.system.ContributionsDriver.enableAsOwner;
import static io.enterpriseconnect.system.ContributionsDriver.instanceCounts;
import static io.enterpriseconnect.system.ContributionsDriver.lastRunId;
import static io.enterpriseconnect.system.ContributionsDriver.ok;
import static io.enterpriseconnect.system.ContributionsDriver.setCounts;
import static io.enterpriseconnect.system.ContributionsDriver.sharingUser;
import static io.enterpriseconnect.system.ContributionsDriver.today;
import static io.enterpriseconnect.system.ContributionsDriver.unique;
import static io.enterpriseconnect.system.ContributionsDriver.waitForRunAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sync when things go wrong half-way: the cloud down, an answer lost after the cloud applied a
 * batch (so it gets the batch twice), the installation token revoked, the instance restarted. The
 * instance talks to the cloud through {@link FaultyProxy}, which does these things to chosen batches
 * of a sync of 2 users × 365 days in batches of 20. Each test ends with the cloud's counts equal to
 * the instance's, exactly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContributionsFaultsIT {

    private static final int BATCH = 20;
    /** The instance's batches in flight at once (SyncExecution.IN_FLIGHT). */
    private static final int IN_FLIGHT = 4;
    private static final String[] USERS = {unique("fa"), unique("fb")};
    private static final Map<String, String> CLOUD_LOGINS = new LinkedHashMap<>();
    private static final List<String> PROPERTIES = List.of("instance.proxy.host", "instance.proxy.port",
            "instance.contributions.sync-batch-size", "instance.connect.timeout-seconds",
            "instance.connect.cleanup.backoff-seconds");
    private static FaultyProxy proxy;
    private static ServerControl server;
    private static int generation;

    @Deployment(name = "instance", order = 2, testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    @BeforeAll
    static void twoUsersSendingAYearOfCountsThroughTheProxy() {
        server = ServerControl.connect();
        proxy = new FaultyProxy();
        server.setProperty("instance.proxy.host", "localhost");
        server.setProperty("instance.proxy.port", Integer.toString(proxy.port()));
        server.setProperty("instance.contributions.sync-batch-size", Integer.toString(BATCH));
        server.setProperty("instance.connect.timeout-seconds", "3");
        server.setProperty("instance.connect.cleanup.backoff-seconds", "1");
        enableAsOwner(unique("fowner"));
        for (String user : USERS) {
            CLOUD_LOGINS.put(user, sharingUser(user));
        }
        syncUntilSucceeded();
    }

    @AfterAll
    static void direct() {
        InstanceConnect.admin().reset();
        PROPERTIES.forEach(server::removeProperty);
        proxy.close();
        server.close();
    }

    @BeforeEach
    void healthyNetwork() {
        proxy.plan(n -> FaultyProxy.Fault.NONE).delay(0).offline(false);
        syncUntilSucceeded();
        assertCloudEqualsInstance();
    }

    @Test
    void theCloudGoingDownHalfWayFailsTheRunAtTheLastAcknowledgedBatchAndTheNextRunSendsOnlyTheRest() {
        int first = proxy.batchesSeen();
        int total = newYearOfCounts();
        proxy.plan(n -> n > first + 5 ? FaultyProxy.Fault.DOWN : FaultyProxy.Fault.NONE);

        JsonNode failed = ContributionsDriver.syncNow();
        assertEquals("FAILED", failed.get("status").asText(), failed.toString());
        String error = failed.get("error").asText();
        assertTrue(error.contains("Could not reach the cloud") || error.contains("Not calling the cloud"), error);
        long acknowledged = failed.get("rowsDone").asLong();
        assertMarkAfterBatchesBeforeTheFault(acknowledged, 5);
        assertNotEquals(instanceCounts(USERS[0], from(), today()), cloudCounts(CLOUD_LOGINS.get(USERS[0]), from(), today()));

        proxy.plan(n -> FaultyProxy.Fault.NONE);
        syncUntilSucceeded();
        assertEquals(total - acknowledged, rowsSentAfter(failed.get("id").asLong()),
                "the runs after it sent only what the cloud had not acknowledged");
        assertCloudEqualsInstance();
    }

    @Test
    void aBatchWhoseAnswerIsLostIsSentAgainAndTheCloudAppliesTheSameBatchTwiceHarmlessly() {
        int first = proxy.batchesSeen();
        newYearOfCounts();
        proxy.plan(n -> n == first + 3 ? FaultyProxy.Fault.LOSE_ANSWER : FaultyProxy.Fault.NONE);

        JsonNode run = ContributionsDriver.syncNow();

        assertEquals("SUCCEEDED", run.get("status").asText(), run.toString());
        List<FaultyProxy.Batch> batches = proxy.batches();
        FaultyProxy.Batch lost = batches.get(first + 2);
        assertEquals(0, lost.answer(), "the cloud applied it, but its answer was lost");
        assertEquals(1, batches.stream().filter(b -> b.number() > lost.number() && b.body().equals(lost.body())
                && b.answer() == 200).count(), "the same batch, batch_id included, went again and was applied again");
        assertCloudEqualsInstance();
    }

    @Test
    void anInstallationTokenRevokedMidSyncIsRenewedAndTheSyncGoesOn() throws Exception {
        int first = proxy.batchesSeen();
        newYearOfCounts();
        proxy.delay(150);
        long before = lastRunId();
        assertEquals(202, admin("POST", "/api/contributions/sync", null).statusCode());
        awaitBatches(first + 5);
        HttpResponse<String> revoked = Http.send(HttpRequest.newBuilder(URI.create(Http.CLOUD + "/api/v3/installation/token"))
                .header("Authorization", "token " + proxy.lastToken()).DELETE().build());
        assertEquals(204, revoked.statusCode(), revoked.body());

        JsonNode run = waitForRunAfter(before, Duration.ofMinutes(3));

        assertEquals("SUCCEEDED", run.get("status").asText(), run.toString());
        assertTrue(proxy.batches().stream().anyMatch(b -> b.answer() == 401),
                "the cloud refused the revoked token: " + proxy.batches().stream().map(FaultyProxy.Batch::answer).toList());
        assertCloudEqualsInstance();
    }

    @Test
    void anInstanceRestartedMidSyncResumesFromTheLastAcknowledgedBatch() {
        int first = proxy.batchesSeen();
        int total = newYearOfCounts();
        proxy.plan(n -> n == first + 6 ? FaultyProxy.Fault.HANG : FaultyProxy.Fault.NONE).hang(8_000);
        long before = lastRunId();
        assertEquals(202, admin("POST", "/api/contributions/sync", null).statusCode());
        awaitBatches(first + 6);

        server.reload();
        proxy.plan(n -> FaultyProxy.Fault.NONE);

        JsonNode interrupted = ok(admin("GET", "/api/contributions/sync", null)).get("history").get(0);
        assertEquals(before + 1, interrupted.get("id").asLong());
        assertEquals("FAILED", interrupted.get("status").asText(), interrupted.toString());
        long acknowledged = interrupted.get("rowsDone").asLong();
        assertMarkAfterBatchesBeforeTheFault(acknowledged, 5);
        syncUntilSucceeded();
        assertEquals(total - acknowledged, rowsSentAfter(interrupted.get("id").asLong()),
                "resumed after the batches the cloud acknowledged before the restart");
        assertCloudEqualsInstance();
    }

    @Test
    void optingOutWhileTheCloudCannotBeReachedQueuesTheDeletionAndItIsMadeOnceTheCloudIsBack() {
        String user = USERS[0];
        String cloudLogin = CLOUD_LOGINS.get(user);
        assertNotEquals(Map.of(), cloudCounts(cloudLogin, from(), today()));
        proxy.offline(true);

        JsonNode stopped = ContributionsDriver.send(user, false);

        assertTrue(stopped.get("deletionPending").asBoolean(), stopped.toString());
        assertNotEquals(Map.of(), cloudCounts(cloudLogin, from(), today()), "not deleted yet");
        JsonNode pending = ok(admin("GET", "/api/contributions/sync", null)).get("cleanupPending");
        assertEquals("USER_COUNTS", pending.get(0).get("kind").asText(), pending.toString());
        assertTrue(pending.get(0).get("what").asText().contains(cloudLogin), pending.toString());

        proxy.offline(false);
        ContributionsDriver.waitForNoCleanup(Duration.ofMinutes(3));
        assertEquals(Map.of(), cloudCounts(cloudLogin, from(), today()), "deleted by the retry, nothing dropped");
        assertTrue(InstanceConnect.admin().audit().body().contains("\"action\":\"contributions-deletion\",\"outcome\":"
                + "\"SUCCESS\""));

        ContributionsDriver.send(user, true);
        newYearOfCounts();
        syncUntilSucceeded();
        assertCloudEqualsInstance();
    }

    /** Every day of both users gets a new count (some 0, which deletes it on the cloud): the number of rows changed. */
    private static int newYearOfCounts() {
        generation++;
        int rows = 0;
        for (int u = 0; u < USERS.length; u++) {
            Map<LocalDate, Integer> counts = new LinkedHashMap<>();
            for (int d = 0; d < 365; d++) {
                counts.put(today().minusDays(d), (d * 7 + u * 3 + generation) % 11);
            }
            setCounts(USERS[u], counts);
            rows += counts.size();
        }
        return rows;
    }

    /** Sync now until one succeeds (after a failure the circuit breaker may pause calls for a few seconds). */
    private static JsonNode syncUntilSucceeded() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonNode run = ContributionsDriver.syncNow();
            if ("SUCCEEDED".equals(run.get("status").asText())) {
                return run;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No sync succeeded: " + run);
            }
            ServerControl.sleep(3000);
        }
    }

    /**
     * {@value #IN_FLIGHT} batches travel at once, so the proxy may see them in any order within that
     * window: the one it faults is the instance's {@code before + 1}-th or one up to
     * {@code IN_FLIGHT - 1} away. The mark stands on a batch boundary before the faulted batch, never
     * past it; that no acknowledged row is sent again and none is skipped is what the resumed run proves.
     */
    private static void assertMarkAfterBatchesBeforeTheFault(long acknowledgedRows, int before) {
        assertEquals(0, acknowledgedRows % BATCH, "whole batches only: " + acknowledgedRows);
        int window = IN_FLIGHT - 1;
        assertTrue(acknowledgedRows >= (long) (before - window) * BATCH && acknowledgedRows <= (long) (before + window) * BATCH,
                "the mark stands after the batches acknowledged before the fault: " + acknowledgedRows + " rows");
    }

    /** Rows sent by the runs after {@code runId} (right after an outage the circuit breaker may fail one half-way). */
    private static long rowsSentAfter(long runId) {
        long rows = 0;
        for (JsonNode run : ok(admin("GET", "/api/contributions/sync", null)).get("history")) {
            if (run.get("id").asLong() > runId) {
                rows += run.get("rowsDone").asLong();
            }
        }
        return rows;
    }

    private static void awaitBatches(int count) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (proxy.batchesSeen() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The sync sent only " + proxy.batchesSeen() + " batches");
            }
            ServerControl.sleep(50);
        }
    }

    private static LocalDate from() {
        return today().minusDays(364);
    }

    private static void assertCloudEqualsInstance() {
        for (String user : USERS) {
            assertEquals(instanceCounts(user, from(), today()), cloudCounts(CLOUD_LOGINS.get(user), from(), today()),
                    "the cloud shows exactly the instance's counts of " + user);
        }
    }
}
