package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.CloudInstallation;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Deletes, on the cloud, the apps the instance has let go of: at once after a disconnect, then on a
 * container timer with backoff until the cloud confirms, across restarts (the queue is in the
 * database). Two nodes may run the timer; each row is claimed by one of them per attempt.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RemoteCleanupTimer {

    static final String ACTION = "remote-cleanup";
    private static final Logger LOG = Logger.getLogger(RemoteCleanupTimer.class.getName());

    @EJB
    JpaPendingCleanupRepository queue;

    @EJB
    AuditService audit;

    @Inject
    CloudAppClient cloud;

    /** Every 15 s: cheap when nothing is due (one indexed query), and quick to follow a backoff of seconds. */
    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void retryDue() {
        Instant now = Instant.now(Clock.systemUTC());
        for (long id : queue.due(now)) {
            attempt(id, AuditService.SYSTEM);
        }
    }

    /** @return true when the app is gone from the cloud (or was already) */
    public boolean attempt(long id, String actor) {
        if (!queue.claim(id, Instant.now(Clock.systemUTC()))) {
            return false;
        }
        JpaPendingCleanupRepository.Target target = queue.target(id).orElse(null);
        if (target == null) {
            return true;
        }
        try {
            deleteOnCloud(target);
            queue.done(id);
            audit.record(actor, ACTION, AuditOutcome.SUCCESS, "Deleted app " + target.appId() + " on the cloud"
                    + (target.attempts() > 0 ? " after " + (target.attempts() + 1) + " attempts" : ""));
            return true;
        } catch (CloudCallException e) {
            Instant retryAt = queue.failed(id, e.getMessage(), Instant.now(Clock.systemUTC()));
            audit.record(actor, ACTION, AuditOutcome.PENDING, "App " + target.appId() + " not deleted on the cloud yet: "
                    + e.getMessage() + "; retrying at " + retryAt);
            LOG.warning(() -> "GitHub Connect cleanup of app " + target.appId() + " failed (" + e.getMessage()
                    + "); retrying at " + retryAt);
            return false;
        }
    }

    private void deleteOnCloud(JpaPendingCleanupRepository.Target target) {
        PrivateKey key = PemPrivateKey.fromPem(target.privateKeyPem());
        String jwt = AppJwt.mint(target.appId(), key, Instant.now(Clock.systemUTC()));
        List<Long> installations = target.installationId() != null ? List.of(target.installationId())
                : listInstallations(jwt);
        for (long installation : installations) {
            cloud.deleteInstallation(jwt, installation);
        }
    }

    /** A connection that failed early does not know its installation; the app's JWT finds it. */
    private List<Long> listInstallations(String jwt) {
        try {
            return cloud.installations(jwt).stream().map(CloudInstallation::id).toList();
        } catch (CloudCallException e) {
            if (e.status() == 401 && e.getMessage().contains("Integration not found")) {
                return List.of(); // the app itself is gone
            }
            throw e;
        }
    }
}
