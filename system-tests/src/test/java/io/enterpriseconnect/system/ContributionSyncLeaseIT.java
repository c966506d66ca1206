package io.enterpriseconnect.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.instance.contributions.sync.domain.SyncCursor;
import io.enterpriseconnect.instance.contributions.sync.infrastructure.JdbcSyncRepository;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sync's lease on the instance's real database, as two nodes sharing it would take it: of
 * nodes asking at the same moment exactly one gets it, the others wait until it is released or
 * runs out, only its holder moves the high-water mark, and a restarted node releases only its own;
 * a Sync now asked for while a run holds the lease waits for that run and is answered by the next.
 */
@ExtendWith(ArquillianExtension.class)
class ContributionSyncLeaseIT {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @Deployment
    static EnterpriseArchive instance() {
        EnterpriseArchive ear = Deployments.instance();
        ear.getAsType(WebArchive.class, Deployments.INSTANCE_WEB_MODULE).addClasses(ContributionSyncLeaseIT.class);
        return ear;
    }

    @EJB
    JdbcSyncRepository store;

    @AfterEach
    void released() {
        for (String node : List.of("node-a/1", "node-b/1", "node-c/1", "node-d/1")) {
            store.releaseLease(node);
        }
    }

    @Test
    void ofFourNodesAskingAtOnceExactlyOneGetsTheLease() throws Exception {
        Instant now = Instant.now();
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (String node : List.of("node-a/1", "node-b/1", "node-c/1", "node-d/1")) {
                claims.add(() -> store.claimLease(node, now, now.plus(LEASE)));
            }
            int winners = 0;
            for (Future<Boolean> claimed : nodes.invokeAll(claims)) {
                winners += claimed.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            nodes.shutdown();
        }
    }

    @Test
    void theLeaseIsHeldUntilReleasedOrRunOutAndOnlyItsHolderMovesTheMark() {
        Instant now = Instant.now();
        SyncCursor before = store.state().cursor();
        assertTrue(store.claimLease("node-a/1", now, now.plus(LEASE)));
        assertFalse(store.claimLease("node-b/1", now.plusSeconds(60), now.plus(LEASE).plusSeconds(60)), "held");
        assertFalse(store.advance("node-b/1", new SyncCursor(before.version() + 1, 1, LocalDate.EPOCH), now.plus(LEASE)),
                "not the holder");
        assertEquals(before, store.state().cursor());

        assertTrue(store.claimLease("node-b/1", now.plus(LEASE).plusSeconds(1), now.plus(LEASE.multipliedBy(2))),
                "a lease that ran out (its node died) is taken over");
        assertFalse(store.renewLease("node-a/1", now.plus(LEASE.multipliedBy(3))), "the old holder has lost it");
        assertFalse(store.advance("node-a/1", new SyncCursor(before.version() + 1, 1, LocalDate.EPOCH), now.plus(LEASE)));

        store.releaseLease("node-b/1");
        assertTrue(store.claimLease("node-c/1", now, now.plus(LEASE)), "released: free again");
    }

    @Test
    void aRestartedNodeReleasesItsOwnLeaseOnly() {
        Instant now = Instant.now();
        assertTrue(store.claimLease("node-a/1", now, now.plus(LEASE)));
        assertEquals(0, store.releaseLeasesOf("node-b/", now), "another node's lease stays");
        assertFalse(store.claimLease("node-b/1", now, now.plus(LEASE)));
        assertEquals(1, store.releaseLeasesOf("node-a/", now), "node-a restarted (a new boot id after the slash)");
        assertTrue(store.claimLease("node-b/1", now, now.plus(LEASE)));
    }

    @Test
    void aSyncNowAskedDuringARunIsKeptUntilARunThatStartedAfterItSucceeds() {
        JdbcSyncRepository.State before = store.state();
        Instant asked = Instant.now();
        store.request(asked, "alice");

        store.succeeded(asked.minusSeconds(1), before.nextDueAt());
        assertEquals("alice", store.state().requestedBy(), "asked after the run started: still to do");

        store.succeeded(asked.plusMillis(1), before.nextDueAt());
        assertNull(store.state().requestedBy());
        assertNull(store.state().requestedAt());
    }
}
