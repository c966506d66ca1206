package io.enterpriseconnect.instance.contributions.infrastructure;

import io.enterpriseconnect.instance.contributions.domain.UtcDay;
import io.enterpriseconnect.instance.contributions.links.infrastructure.JpaContributionLinkRepository;
import io.enterpriseconnect.instance.contributions.sync.infrastructure.JdbcSyncRepository;
import io.enterpriseconnect.instance.contributions.webhooks.infrastructure.JpaWebhookDeliveryRepository;
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
 * {@code instance.contributions.retention-days} (never less than 90: see ContributionConfiguration), and
 * link states nobody brought back. Idempotent, so every node may run it.
 */
@Singleton
public class RetentionCleanupTimer {

    private static final Logger LOG = Logger.getLogger(RetentionCleanupTimer.class.getName());

    @EJB
    JdbcContributionLedgerRepository ledger;

    @EJB
    JpaWebhookDeliveryRepository deliveries;

    @EJB
    JdbcSyncRepository sync;

    @EJB
    JpaContributionLinkRepository links;

    @EJB
    ContributionConfiguration settings;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void deleteOld() {
        Instant now = Instant.now(Clock.systemUTC());
        LocalDate oldestKept = UtcDay.of(now).minusDays(settings.retentionDays() - 1L);
        int counts = ledger.deleteBefore(oldestKept);
        Instant oldestInstant = oldestKept.atStartOfDay().toInstant(ZoneOffset.UTC);
        int deleted = deliveries.deleteBefore(oldestInstant);
        sync.deleteRunsBefore(oldestInstant);
        links.deleteExpiredRequests(now);
        LOG.info(() -> "Contribution retention: deleted " + counts + " daily counts and " + deleted
                + " webhook deliveries before " + oldestKept);
    }
}
