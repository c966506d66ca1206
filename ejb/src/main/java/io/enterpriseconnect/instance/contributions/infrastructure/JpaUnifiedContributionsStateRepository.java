package io.enterpriseconnect.instance.contributions.infrastructure;

import io.enterpriseconnect.instance.connect.domain.ConnectDisconnected;
import io.enterpriseconnect.instance.connect.infrastructure.JpaCloudConnectionRepository;
import io.enterpriseconnect.instance.contributions.domain.PendingDeletion;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsState;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import io.enterpriseconnect.instance.contributions.links.infrastructure.JpaContributionLinkRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The enterprise's unified contributions row and its changes, each one transaction (taken on the
 * locked row, so two owners or two nodes take turns); roles are checked by the services.
 */
@Stateless
@PermitAll
public class JpaUnifiedContributionsStateRepository {

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @EJB
    JpaCloudConnectionRepository connection;

    @EJB
    JpaContributionLinkRepository links;

    @EJB
    JpaPendingDeletionRepository deletions;

    public UnifiedContributionsState state() {
        return em.find(UnifiedContributionsState.class, UnifiedContributionsState.THE_STATE);
    }

    public UnifiedContributionsStatus status() {
        return state().getStatus();
    }

    /** The row, locked until the caller's transaction ends: two owners or two nodes take turns. */
    public UnifiedContributionsState locked() {
        return em.find(UnifiedContributionsState.class, UnifiedContributionsState.THE_STATE,
                LockModeType.PESSIMISTIC_WRITE);
    }

    /** The owner's request and, unless the cloud left it pending, its decision. */
    public void recordRequest(String by, UnifiedContributionsStatus status, CloudContributionClient.Access answer,
            Instant now) {
        UnifiedContributionsState state = locked();
        state.requested(by, now);
        if (status != UnifiedContributionsStatus.PENDING) {
            decide(state, status, answer, now, by);
        }
    }

    /**
     * The cloud's answer to a pending request. Conditional on the row still being pending, so of two
     * nodes polling, one records it.
     *
     * @return whether the pending request was decided now (false: not pending anymore, or still pending)
     */
    public boolean recordDecision(UnifiedContributionsStatus decision, CloudContributionClient.Access answer,
            Instant now) {
        UnifiedContributionsState state = locked();
        state.checked(now);
        if (state.getStatus() != UnifiedContributionsStatus.PENDING || decision == UnifiedContributionsStatus.PENDING) {
            return false;
        }
        decide(state, decision, answer, now, state.getRequestedBy());
        return true;
    }

    /** The cloud was asked (and did not answer): the next poll waits its interval. */
    public void checked(Instant now) {
        locked().checked(now);
    }

    /** @return false when there was nothing to disable */
    public boolean recordDisable(String by, Instant now) {
        UnifiedContributionsState state = locked();
        if (state.getStatus() != UnifiedContributionsStatus.ENABLED && state.getStatus() != UnifiedContributionsStatus.PENDING) {
            return false;
        }
        state.reset();
        connection.disableFeature(UnifiedContributionsState.FEATURE);
        deletions.add(PendingDeletion.Kind.ALL, null, null, by, now);
        return true;
    }

    /** GitHub Connect was disabled: the cloud deletes the app with its links and counts; start over. */
    public void onDisconnect(@Observes ConnectDisconnected disconnected) {
        locked().reset();
        links.deleteAll();
        deletions.clear();
    }

    private void decide(UnifiedContributionsState state, UnifiedContributionsStatus decision,
            CloudContributionClient.Access answer, Instant now, String by) {
        state.decided(decision, answer.decidedAt() != null ? answer.decidedAt() : now, answer.decidedBy());
        if (decision == UnifiedContributionsStatus.ENABLED) {
            connection.enableFeature(UnifiedContributionsState.FEATURE, by, now);
            links.restoreEveryoneSharing(now);
        }
    }
}
