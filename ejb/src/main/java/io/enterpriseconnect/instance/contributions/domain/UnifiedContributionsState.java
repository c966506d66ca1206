package io.enterpriseconnect.instance.contributions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The enterprise's unified contributions (row 1): requested by whom and when, and the cloud's decision. */
@Entity
@Table(name = "unified_contributions")
public class UnifiedContributionsState {

    public static final int THE_STATE = 1;
    /** Its name among GitHub Connect's features, in the cloud's connection record. */
    public static final String FEATURE = "unified_contributions";

    @Id
    private Integer id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnifiedContributionsStatus status;

    @Column(name = "requested_by", length = 64)
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    /** When the cloud was last asked about a pending request. */
    @Column(name = "checked_at")
    private Instant checkedAt;

    @Version
    private long version;

    protected UnifiedContributionsState() {
    }

    public void requested(String by, Instant at) {
        status = UnifiedContributionsStatus.PENDING;
        requestedBy = by;
        requestedAt = at;
        decidedAt = null;
        decidedBy = null;
        checkedAt = at;
    }

    public void decided(UnifiedContributionsStatus decision, Instant at, String by) {
        status = decision;
        decidedAt = at;
        decidedBy = by;
    }

    public void checked(Instant at) {
        checkedAt = at;
    }

    public void reset() {
        status = UnifiedContributionsStatus.NOT_REQUESTED;
        requestedBy = null;
        requestedAt = null;
        decidedAt = null;
        decidedBy = null;
        checkedAt = null;
    }

    public UnifiedContributionsStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
