package io.enterpriseconnect.instance.contributions.sync.domain;

import io.enterpriseconnect.instance.contributions.domain.CloudCount;
import java.time.LocalDate;

/** A changed count of a user who sends their counts, with its place in the sync's order. */
public record DeltaRow(long version, long userId, LocalDate day, int count, long cloudUserId) {

    public SyncCursor position() {
        return new SyncCursor(version, userId, day);
    }

    public CloudCount toCloud() {
        return new CloudCount(cloudUserId, day, count);
    }
}
