package io.enterpriseconnect.instance.contributions.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The unified contributions settings, checked when the instance starts: a retention shorter than
 * the 90 days a reconnecting user gets back would silently lose counts, so the deployment fails
 * with the reason instead. The sync's interval and batch size and the access poll are read again on
 * every use (like the proxy settings), so they change without a restart; the retention takes one.
 */
@Startup
@Singleton
@Lock(LockType.READ)
public class ContributionConfiguration {

    public static final String RETENTION_DAYS = "instance.contributions.retention-days";
    public static final String SYNC_INTERVAL_MINUTES = "instance.contributions.sync-interval-minutes";
    public static final String SYNC_BATCH_SIZE = "instance.contributions.sync-batch-size";
    public static final String ACCESS_POLL_SECONDS = "instance.contributions.access-poll-seconds";
    /** The cloud restores this many days, so the instance keeps at least as many. */
    public static final int RESTORE_DAYS = 90;
    /** The cloud takes at most this many counts per batch. */
    public static final int MAX_BATCH = 5000;

    @Inject
    Config config;

    private int retentionDays;

    @PostConstruct
    void check() {
        retentionDays = values().retentionDays();
    }

    public int retentionDays() {
        return retentionDays;
    }

    public Duration syncInterval() {
        return Duration.ofMinutes(values().syncIntervalMinutes());
    }

    public int batchSize() {
        return values().batchSize();
    }

    public Duration accessPoll() {
        return Duration.ofSeconds(values().accessPollSeconds());
    }

    private Values values() {
        return Values.from(config.getOptionalValue(RETENTION_DAYS, Integer.class).orElse(365),
                config.getOptionalValue(SYNC_INTERVAL_MINUTES, Integer.class).orElse(60),
                config.getOptionalValue(SYNC_BATCH_SIZE, Integer.class).orElse(MAX_BATCH),
                config.getOptionalValue(ACCESS_POLL_SECONDS, Integer.class).orElse(60));
    }

    /** The settings, refused with the key and the reason when out of range. */
    public record Values(int retentionDays, int syncIntervalMinutes, int batchSize, int accessPollSeconds) {

        public static Values from(int retentionDays, int syncIntervalMinutes, int batchSize, int accessPollSeconds) {
            if (retentionDays < RESTORE_DAYS) {
                throw new IllegalStateException(RETENTION_DAYS + " is " + retentionDays + ", but must be at least "
                        + RESTORE_DAYS + ": users who connect again get the past " + RESTORE_DAYS
                        + " days back, so the instance keeps at least that many days of counts. Refusing to start.");
            }
            if (syncIntervalMinutes < 1) {
                throw new IllegalStateException(SYNC_INTERVAL_MINUTES + " must be at least 1, not " + syncIntervalMinutes);
            }
            if (batchSize < 1 || batchSize > MAX_BATCH) {
                throw new IllegalStateException(SYNC_BATCH_SIZE + " must be between 1 and " + MAX_BATCH
                        + " (the most the cloud takes at once), not " + batchSize);
            }
            if (accessPollSeconds < 5) {
                throw new IllegalStateException(ACCESS_POLL_SECONDS + " must be at least 5, not " + accessPollSeconds);
            }
            return new Values(retentionDays, syncIntervalMinutes, batchSize, accessPollSeconds);
        }
    }
}
