package io.enterpriseconnect.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cloud going away, and the instance restarting, at the worst moments: each ends in a clear
 * state with nothing half-connected. "Cloud down" points the instance's API address at a closed
 * port (MicroProfile Config reads system properties live), while the owner's browser still reaches
 * the cloud's pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectFaultsIT {

    private static final String API_URL = "instance.cloud.api-url";
    private static final String NOWHERE = "http://localhost:9";
    private static final String PROXY_HOST = "instance.proxy.host";
    private static final String PROXY_PORT = "instance.proxy.port";
    private static final String ABANDONED_AFTER = "cloud.apps.abandoned-after-minutes";
    private final InstanceConnect admin = InstanceConnect.admin();

    private ServerControl server;

    @Deployment(name = "instance", order = 2, testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    @BeforeEach
    void reachableCloud() {
        server = ServerControl.connect();
        server.removeProperty(API_URL);
        server.setProperty("instance.connect.cleanup.backoff-seconds", "1");
        admin.reset();
    }

    @AfterEach
    void restore() {
        server.removeProperty(API_URL);
        waitForNoPendingCleanup();
        admin.reset();
        server.removeProperty("instance.connect.cleanup.backoff-seconds");
        server.close();
    }

    @Test
    void theCloudDownWhenTheCodeComesBackLeavesConnectEnabledAndNotConnected() {
        CloudSession cloud = CloudSession.signedInAsOwner();
        URI back = admin.enableAndConnectOnCloud(cloud, "octo-org");
        server.setProperty(API_URL, NOWHERE);

        HttpResponse<String> failed = admin.complete(CloudSession.queryParameter(back, "code"),
                CloudSession.queryParameter(back, "state"));

        assertEquals(502, failed.statusCode(), failed.body());
        assertTrue(failed.body().contains("Could not reach the cloud at http://localhost:9: connection refused"),
                failed.body());
        String status = admin.status().body();
        assertTrue(status.contains("\"state\":\"ENABLED\"") && !status.contains("\"account\""), status);
        assertTrue(admin.audit().body().contains("\"action\":\"connect\",\"outcome\":\"FAILURE\""));

        server.removeProperty(API_URL);
        admin.connect(cloud, "octo-org");
        assertEquals("CONNECTED", admin.state(), "starting again works once the cloud is back");
    }

    @Test
    void disablingWhileTheCloudIsDownWipesAtOnceAndDeletesTheAppWhenItIsBackEvenAfterARestart() {
        CloudSession cloud = CloudSession.signedInAsOwner();
        int before = cloud.instancesNamed("octo-org", "localhost");
        admin.connect(cloud, "octo-org");
        assertEquals(before + 1, cloud.instancesNamed("octo-org", "localhost"));
        server.setProperty(API_URL, NOWHERE);

        HttpResponse<String> disabled = admin.disable();

        assertEquals(200, disabled.statusCode(), disabled.body());
        assertTrue(disabled.body().contains("\"state\":\"NOT_ENABLED\""), disabled.body());
        assertFalse(disabled.body().contains("\"account\""), "the local credentials are gone at once");
        assertTrue(disabled.body().contains("\"cleanup\":{"), "cleanup pending: " + disabled.body());
        assertEquals(before + 1, cloud.instancesNamed("octo-org", "localhost"), "still on the cloud");

        server.reload();
        assertTrue(admin.status().body().contains("\"cleanup\":{"), "the pending cleanup survived the restart");

        server.removeProperty(API_URL);
        waitForNoPendingCleanup();
        // The restart ended the old cloud session.
        assertEquals(before, CloudSession.signedInAsOwner().instancesNamed("octo-org", "localhost"),
                "the retry deleted the app on the cloud");
        assertTrue(admin.audit().body().contains("\"action\":\"remote-cleanup\",\"outcome\":\"SUCCESS\""));
    }

    @Test
    void anAppWhoseConversionAnswerWasLostIsRemovedFromTheCloud() {
        CloudSession cloud = CloudSession.signedInAsOwner();
        int before = cloud.instancesNamed("octo-org", "localhost");
        URI back = admin.enableAndConnectOnCloud(cloud, "octo-org");
        try (FaultyProxy proxy = new FaultyProxy().batchesAre("/conversions")
                .plan(n -> n == 1 ? FaultyProxy.Fault.LOSE_ANSWER : FaultyProxy.Fault.NONE)) {
            server.setProperty(PROXY_HOST, "localhost");
            server.setProperty(PROXY_PORT, Integer.toString(proxy.port()));
            HttpResponse<String> failed = admin.complete(CloudSession.queryParameter(back, "code"),
                    CloudSession.queryParameter(back, "state"));
            assertEquals(502, failed.statusCode(), failed.body());
        } finally {
            server.removeProperty(PROXY_HOST);
            server.removeProperty(PROXY_PORT);
        }
        assertEquals(before + 1, cloud.instancesNamed("octo-org", "localhost"), "the cloud made the app");

        server.setProperty(ABANDONED_AFTER, "0");
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (cloud.instancesNamed("octo-org", "localhost") != before) {
                assertTrue(Instant.now().isBefore(deadline), "the app nobody holds the key of is still on the cloud");
                ServerControl.sleep(2000);
            }
        } finally {
            server.removeProperty(ABANDONED_AFTER);
        }
        admin.connect(cloud, "octo-org");
        assertEquals("CONNECTED", admin.state(), "connecting again works");
    }

    @Test
    void aRestartBetweenTheRedirectAndTheCodeExchangeDoesNotLoseTheConnection() {
        CloudSession cloud = CloudSession.signedInAsOwner();
        URI back = admin.enableAndConnectOnCloud(cloud, "octo-org");

        server.reload();

        HttpResponse<String> done = admin.complete(CloudSession.queryParameter(back, "code"),
                CloudSession.queryParameter(back, "state"));
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("CONNECTED", admin.state());
    }

    private void waitForNoPendingCleanup() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (admin.status().body().contains("\"cleanup\":{")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The cleanup is still pending after a minute: " + admin.status().body());
            }
            ServerControl.sleep(1000);
        }
    }
}
