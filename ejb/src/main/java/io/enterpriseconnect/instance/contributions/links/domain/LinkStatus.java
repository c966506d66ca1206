package io.enterpriseconnect.instance.contributions.links.domain;

import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import java.time.Instant;

/**
 * A user's GitHub Connect settings as the page and the API show them: whether linking is possible
 * at all (Connect on, and the feature enabled, or the caller an enterprise owner who links before
 * requesting it), the linked cloud account, and the choice to send counts.
 */
public record LinkStatus(String login, boolean connectConnected, UnifiedContributionsStatus feature, boolean enterpriseOwner,
        boolean linked, String cloudLogin, Instant linkedAt, boolean sending, Instant sendingSince,
        boolean restorePending, boolean deletionPending) {

    /** Whether Connect to GitHub.com is offered. */
    public boolean mayLink() {
        return connectConnected && (feature == UnifiedContributionsStatus.ENABLED || enterpriseOwner);
    }

    /** Whether the checkbox is offered. */
    public boolean mayChooseToSend() {
        return linked && connectConnected && feature == UnifiedContributionsStatus.ENABLED;
    }
}
