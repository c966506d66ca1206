package io.enterpriseconnect.instance.contributions;

import io.enterpriseconnect.instance.contributions.links.LinkStore;
import io.enterpriseconnect.instance.contributions.sync.SyncStore;
import io.enterpriseconnect.instance.contributions.webhooks.DeliveryLog;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Daily, forgets counts, counted sources, deliveries and sync history older than
 * {@code instance.contributions.retention-days} (never less than 90: see ContributionSettings), and
 * link states nobody brought back. Idempotent, so every node may run it.
 */
@Singleton
public class RetentionCleanup {

    private static final Logger LOG = Logger.getLogger(RetentionCleanup.class.getName());

    @EJB
    ContributionLedger ledger;

    @EJB
    DeliveryLog deliveries;

    @EJB
    SyncStore sync;

    @EJB
    LinkStore links;

    @EJB
    ContributionSettings settings;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void deleteOld() {
        Instant now = Instant.now(Clock.systemUTC());
        LocalDate oldestKept = UtcDays.of(now).minusDays(settings.retentionDays() - 1L);
        int counts = ledger.deleteBefore(oldestKept);
        Instant oldestInstant = oldestKept.atStartOfDay().toInstant(ZoneOffset.UTC);
        int deleted = deliveries.deleteBefore(oldestInstant);
        sync.deleteRunsBefore(oldestInstant);
        links.deleteExpiredRequests(now);
        LOG.info(() -> "Contribution retention: deleted " + counts + " daily counts and " + deleted
                + " webhook deliveries before " + oldestKept);
    }
}
