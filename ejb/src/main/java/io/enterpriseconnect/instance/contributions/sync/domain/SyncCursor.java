package io.enterpriseconnect.instance.contributions.sync.domain;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The sync's high-water mark: the last row the cloud acknowledged, in the order the sync reads
 * changed rows (version, then user, then day). Rows after it are still to send. It moves only after
 * the cloud acknowledged a batch, so a crash or an outage at any point resends from here, which the
 * cloud's "set the count" semantics make harmless.
 */
public record SyncCursor(long version, long userId, LocalDate day) implements Comparable<SyncCursor> {

    /** Before every row. */
    public static final SyncCursor START = new SyncCursor(0, 0, LocalDate.EPOCH);

    private static final Comparator<SyncCursor> ORDER = Comparator.comparingLong(SyncCursor::version)
            .thenComparingLong(SyncCursor::userId).thenComparing(SyncCursor::day);

    @Override
    public int compareTo(SyncCursor other) {
        return ORDER.compare(this, other);
    }
}
