package io.enterpriseconnect.instance.contributions.access.domain;

import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import java.time.Instant;

/**
 * Unified contributions as the Connect page, its poll and the API show them: the status, who asked
 * and when, the cloud's decision, and what the caller may do. {@code whyNot} says, for an enterprise
 * owner, what stands between them and Request access.
 */
public record ContributionAccessView(UnifiedContributionsStatus status, Instant requestedAt, String requestedBy, Instant decidedAt,
        String decidedBy, boolean connectConnected, boolean callerIsOwner, String ownerCloudLogin, String whyNot,
        int pendingDeletions) {

    public boolean mayRequest() {
        return callerIsOwner && whyNot == null
                && (status == UnifiedContributionsStatus.NOT_REQUESTED || status == UnifiedContributionsStatus.DENIED);
    }

    public boolean mayDisable() {
        return callerIsOwner && (status == UnifiedContributionsStatus.ENABLED || status == UnifiedContributionsStatus.PENDING);
    }
}
