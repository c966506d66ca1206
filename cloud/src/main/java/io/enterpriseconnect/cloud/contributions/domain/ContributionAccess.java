package io.enterpriseconnect.cloud.contributions.domain;

import io.enterpriseconnect.cloud.accounts.domain.TermsOfService;
import io.enterpriseconnect.cloud.apps.domain.Installation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An installation's request for unified contributions and its outcome. The account's terms of
 * service decide: standard terms enable it at once; custom terms leave it pending until a cloud
 * administrator approves or denies it. Disabling deletes the row, so a later request starts afresh.
 */
@Entity
@Table(name = "contribution_access")
@NamedQuery(name = "ContributionAccess.ofInstallation", query = "select a from ContributionAccess a "
        + "where a.installation.id = :installationId")
@NamedQuery(name = "ContributionAccess.withStatus", query = "select a from ContributionAccess a "
        + "join fetch a.installation i join fetch i.account join fetch i.app "
        + "where a.status = :status order by a.requestedAt")
@NamedQuery(name = "ContributionAccess.decided", query = "select a from ContributionAccess a "
        + "join fetch a.installation i join fetch i.account join fetch i.app "
        + "where a.decidedBy is not null order by a.decidedAt desc")
public class ContributionAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "installation_id", unique = true)
    private Installation installation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContributionAccessStatus status;

    /** Login of the account owner the instance named as the requester. */
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** Login of the cloud administrator who approved or denied a request under custom terms. */
    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ContributionAccess() {
    }

    public ContributionAccess(Installation installation) {
        this.installation = installation;
        this.status = ContributionAccessStatus.NOT_REQUESTED;
    }

    /**
     * An owner asks (again). Standard terms enable at once; custom terms wait for a cloud
     * administrator. Asking while enabled or pending changes nothing, so the instance may repeat the
     * request; asking after a denial is a new request.
     */
    public void request(TermsOfService terms, String requester, Instant now) {
        if (status == ContributionAccessStatus.ENABLED || status == ContributionAccessStatus.PENDING) {
            return;
        }
        requestedBy = requester;
        requestedAt = now;
        decidedBy = null;
        decidedAt = null;
        status = terms == TermsOfService.STANDARD ? ContributionAccessStatus.ENABLED : ContributionAccessStatus.PENDING;
        updatedAt = now;
    }

    /** A cloud administrator approves or denies a pending request. */
    public void decide(boolean approve, String administrator, Instant now) {
        if (status != ContributionAccessStatus.PENDING) {
            throw new IllegalStateException("Only a pending request can be decided; this one is " + status.apiName());
        }
        status = approve ? ContributionAccessStatus.ENABLED : ContributionAccessStatus.DENIED;
        decidedBy = administrator;
        decidedAt = now;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Installation getInstallation() {
        return installation;
    }

    public ContributionAccessStatus getStatus() {
        return status;
    }

    public boolean isPending() {
        return status == ContributionAccessStatus.PENDING;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
