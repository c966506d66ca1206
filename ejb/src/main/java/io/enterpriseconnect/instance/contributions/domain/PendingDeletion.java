package io.enterpriseconnect.instance.contributions.domain;

import io.enterpriseconnect.instance.connect.domain.PendingCloudCall;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A deletion of counts on the cloud that the cloud has not confirmed yet. */
@Entity
@Table(name = "contribution_deletion")
public class PendingDeletion extends PendingCloudCall {

    /** What to delete. */
    public enum Kind {
        /** One user's counts from this instance (they stopped sending). */
        USER_COUNTS,
        /** One user's link, with their counts (they disconnected). */
        USER_LINK,
        /** Every count from this instance (an enterprise owner disabled the feature). */
        ALL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "cloud_user_id")
    private Long cloudUserId;

    @Column(name = "cloud_login", length = 100)
    private String cloudLogin;

    protected PendingDeletion() {
    }

    public PendingDeletion(Kind kind, Long cloudUserId, String cloudLogin, String requestedBy, Instant now) {
        super(requestedBy, now);
        this.kind = kind;
        this.cloudUserId = cloudUserId;
        this.cloudLogin = cloudLogin;
    }

    /** "the counts of cloud user mona (42)", for messages and the audit log. */
    public String describe() {
        return switch (kind) {
            case USER_COUNTS -> "the counts of cloud user " + cloudLogin + " (" + cloudUserId + ")";
            case USER_LINK -> "the link and counts of cloud user " + cloudLogin + " (" + cloudUserId + ")";
            case ALL -> "every count from this instance";
        };
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getCloudUserId() {
        return cloudUserId;
    }

    public String getCloudLogin() {
        return cloudLogin;
    }
}
