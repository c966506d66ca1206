package io.enterpriseconnect.instance.contributions.sync.infrastructure;

import io.enterpriseconnect.instance.contributions.sync.domain.SyncCursor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The lease that lets one sync run at a time across nodes: this node's holder name (node name and a
 * random part, so a restarted node does not take its old lease for its own), taken with a
 * conditional update in {@link JdbcSyncRepository}, renewed with every batch acknowledged.
 */
@ApplicationScoped
public class SyncLease {

    /** How long a run may go without acknowledging a batch before another node may take over. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @EJB
    JdbcSyncRepository store;

    private final String nodePrefix = nodeName() + "/";
    private final String holder = nodePrefix + UUID.randomUUID();

    String holder() {
        return holder;
    }

    /** At start: a lease this node held before a restart is released rather than waited out. */
    void forgetOwn() {
        store.releaseLeasesOf(nodePrefix, now());
    }

    boolean claim(Instant now) {
        return store.claimLease(holder, now, now.plus(LEASE));
    }

    /** @throws LeaseLost when the lease ran out and another node took it */
    void renew() {
        if (!store.renewLease(holder, now().plus(LEASE))) {
            throw new LeaseLost();
        }
    }

    /** Moves the high-water mark and the run's progress, and renews the lease; false when it was lost. */
    boolean advance(SyncCursor to, long runId, JdbcSyncRepository.Progress progress) {
        return store.advance(holder, to, now().plus(LEASE), runId, progress);
    }

    void release() {
        store.releaseLease(holder);
    }

    /** Another node took the lease over (this one stalled past it): this run stops, the other goes on. */
    static final class LeaseLost extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LeaseLost() {
            super("Another node took over the sync (this run went " + LEASE.toMinutes()
                    + " minutes without acknowledging a batch)");
        }
    }

    private static String nodeName() {
        return System.getProperty("jboss.node.name", System.getProperty("com.sun.aas.instanceName", "node"));
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
