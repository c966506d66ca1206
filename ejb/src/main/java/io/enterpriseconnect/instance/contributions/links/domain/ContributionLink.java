package io.enterpriseconnect.instance.contributions.links.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An instance user's link to their cloud account, and their choice to send contribution counts.
 * {@code restoreRequestedAt} is set when they choose to send: the next sync sends the past 90 days
 * and clears it, unless it changed meanwhile (they chose again), in which case it sends again.
 */
@Entity
@Table(name = "contribution_link")
public class ContributionLink {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "cloud_user_id", nullable = false)
    private long cloudUserId;

    @Column(name = "cloud_login", nullable = false, length = 100)
    private String cloudLogin;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(nullable = false)
    private boolean sharing;

    @Column(name = "sharing_changed_at")
    private Instant sharingChangedAt;

    @Column(name = "restore_requested_at")
    private Instant restoreRequestedAt;

    protected ContributionLink() {
    }

    public ContributionLink(long userId, long cloudUserId, String cloudLogin, Instant linkedAt) {
        this.userId = userId;
        this.cloudUserId = cloudUserId;
        this.cloudLogin = cloudLogin;
        this.linkedAt = linkedAt;
    }

    public void share(boolean share, Instant at) {
        sharing = share;
        sharingChangedAt = at;
        restoreRequestedAt = share ? at : null;
    }

    public long getUserId() {
        return userId;
    }

    public long getCloudUserId() {
        return cloudUserId;
    }

    public String getCloudLogin() {
        return cloudLogin;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    public boolean isSharing() {
        return sharing;
    }

    public Instant getSharingChangedAt() {
        return sharingChangedAt;
    }

    public Instant getRestoreRequestedAt() {
        return restoreRequestedAt;
    }
}
