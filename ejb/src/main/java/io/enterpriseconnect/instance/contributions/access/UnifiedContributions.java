package io.enterpriseconnect.instance.contributions.access;

import io.enterpriseconnect.instance.accounts.Role;
import io.enterpriseconnect.instance.accounts.UserDirectory;
import io.enterpriseconnect.instance.audit.AuditLog;
import io.enterpriseconnect.instance.audit.AuditOutcome;
import io.enterpriseconnect.instance.connect.ConnectConflictException;
import io.enterpriseconnect.instance.connect.ConnectDisconnected;
import io.enterpriseconnect.instance.connect.ConnectionState;
import io.enterpriseconnect.instance.connect.ConnectionStore;
import io.enterpriseconnect.instance.connect.cloud.CloudCallException;
import io.enterpriseconnect.instance.contributions.AccessStatus;
import io.enterpriseconnect.instance.contributions.ContributionsCloud;
import io.enterpriseconnect.instance.contributions.DeletionQueue;
import io.enterpriseconnect.instance.contributions.NotOwnerOnCloudException;
import io.enterpriseconnect.instance.contributions.PendingDeletion;
import io.enterpriseconnect.instance.contributions.UnifiedContributionsState;
import io.enterpriseconnect.instance.contributions.UnifiedContributionsStore;
import io.enterpriseconnect.instance.contributions.links.ContributionLink;
import io.enterpriseconnect.instance.contributions.links.LinkStore;
import io.enterpriseconnect.instance.contributions.sync.SyncRunner;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * "Users can share contribution counts to GitHub.com": an enterprise owner who has linked their own
 * cloud account requests access; the cloud enables it at once (standard terms) or logs the request
 * until a cloud administrator decides (custom terms), which the instance learns by polling. Disabling
 * deletes every count from this instance on the cloud (queued and retried while the cloud cannot be
 * reached). Every step is in the audit log.
 */
@Stateless
@RolesAllowed(Role.ENTERPRISE_OWNER)
public class UnifiedContributions {

    static final String REQUEST = "unified-contributions-request";
    static final String DECISION = "unified-contributions-decision";
    static final String DISABLE = "unified-contributions-disable";

    @Resource
    SessionContext caller;

    @EJB
    UnifiedContributionsStore store;

    @EJB
    ConnectionStore connection;

    @EJB
    LinkStore links;

    @EJB
    UserDirectory users;

    @EJB
    DeletionQueue deletions;

    @EJB
    SyncRunner sync;

    @EJB
    AuditLog audit;

    @EJB
    UnifiedContributions self;

    @Inject
    ContributionsCloud cloud;

    @RolesAllowed({Role.SITE_ADMIN, Role.ENTERPRISE_OWNER, Role.MEMBER})
    public AccessView view() {
        UnifiedContributionsState state = store.state();
        boolean connected = connection.connection().getState() == ConnectionState.CONNECTED;
        boolean owner = caller.isCallerInRole(Role.ENTERPRISE_OWNER);
        Optional<ContributionLink> ownLink = owner ? ownLink() : Optional.empty();
        String whyNot = !owner ? "Only enterprise owners can change unified contributions"
                : !connected ? "GitHub Connect is not connected"
                : ownLink.isEmpty() ? "Connect your own account to GitHub.com first" : null;
        return new AccessView(state.getStatus(), state.getRequestedAt(), state.getRequestedBy(), state.getDecidedAt(),
                state.getDecidedBy(), connected, owner, ownLink.map(ContributionLink::getCloudLogin).orElse(null), whyNot,
                deletions.all().size());
    }

    /** "Request access", in the owner's name on the cloud (the cloud checks they own the connected account). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AccessView requestAccess() {
        try {
            AccessView before = view();
            if (before.whyNot() != null) {
                throw new ConnectConflictException(before.whyNot());
            }
            if (before.status() == AccessStatus.PENDING || before.status() == AccessStatus.ENABLED) {
                throw new ConnectConflictException("Unified contributions are already " + before.status().name()
                        .toLowerCase(java.util.Locale.ROOT));
            }
            ContributionLink link = ownLink().orElseThrow();
            ContributionsCloud.Access answer;
            try {
                answer = cloud.requestAccess(link.getCloudUserId());
            } catch (CloudCallException e) {
                if (e.status() == 403) {
                    throw new NotOwnerOnCloudException("GitHub.com refused: your account " + link.getCloudLogin()
                            + " does not own " + connection.connection().getAccountLogin()
                            + ", the connected account. Ask one of its owners");
                }
                throw e;
            }
            AccessStatus status = AccessStatus.fromCloud(answer.status());
            self.recordRequest(login(), status, answer, now());
            audit.record(login(), REQUEST, AuditOutcome.SUCCESS, status == AccessStatus.ENABLED
                    ? "Requested access for " + link.getCloudLogin() + ": enabled (standard terms of service)"
                    : "Requested access for " + link.getCloudLogin() + ": " + answer.status()
                            + " until an administrator on the cloud decides");
        } catch (RuntimeException e) {
            audit.record(login(), REQUEST, AuditOutcome.FAILURE, e.getMessage());
            throw e;
        }
        return view();
    }

    /** Turns it off: every count from this instance is deleted on the cloud (now, or queued and retried). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AccessView disable() {
        try {
            if (!self.recordDisable(login(), now())) {
                throw new ConnectConflictException("Unified contributions are not enabled or requested");
            }
            boolean deleted = sync.deleteNow();
            audit.record(login(), DISABLE, deleted ? AuditOutcome.SUCCESS : AuditOutcome.PENDING, deleted
                    ? "Disabled unified contributions; every count from this instance was deleted on the cloud"
                    : "Disabled unified contributions; deleting the counts on the cloud is pending and retried");
        } catch (RuntimeException e) {
            audit.record(login(), DISABLE, AuditOutcome.FAILURE, e.getMessage());
            throw e;
        }
        return view();
    }

    /**
     * Asks the cloud about a pending request and records its decision. Conditional on the row still
     * being pending, so of two nodes polling, one records it.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void checkPending(Instant now, java.time.Duration every) {
        UnifiedContributionsState state = store.state();
        if (state.getStatus() != AccessStatus.PENDING
                || connection.connection().getState() != ConnectionState.CONNECTED
                || (state.getCheckedAt() != null && state.getCheckedAt().plus(every).isAfter(now))) {
            return;
        }
        ContributionsCloud.Access answer;
        try {
            answer = cloud.access();
        } catch (CloudCallException | ConnectConflictException e) {
            self.checked(now);
            return;
        }
        AccessStatus decision = AccessStatus.fromCloud(answer.status());
        if (self.recordDecision(decision, answer, now)) {
            audit.record(AuditLog.SYSTEM, DECISION, AuditOutcome.SUCCESS, "The cloud "
                    + (decision == AccessStatus.ENABLED ? "enabled" : decision.name().toLowerCase(java.util.Locale.ROOT))
                    + " unified contributions" + (answer.decidedBy() == null ? "" : " (" + answer.decidedBy() + ")"));
        }
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRequest(String by, AccessStatus status, ContributionsCloud.Access answer, Instant now) {
        UnifiedContributionsState state = store.locked();
        state.requested(by, now);
        if (status != AccessStatus.PENDING) {
            decide(state, status, answer, now, by);
        }
    }

    /** @return whether the pending request was decided now (false: not pending anymore, or still pending) */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordDecision(AccessStatus decision, ContributionsCloud.Access answer, Instant now) {
        UnifiedContributionsState state = store.locked();
        state.checked(now);
        if (state.getStatus() != AccessStatus.PENDING || decision == AccessStatus.PENDING) {
            return false;
        }
        decide(state, decision, answer, now, state.getRequestedBy());
        return true;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void checked(Instant now) {
        store.locked().checked(now);
    }

    /** @return false when there was nothing to disable */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordDisable(String by, Instant now) {
        UnifiedContributionsState state = store.locked();
        if (state.getStatus() != AccessStatus.ENABLED && state.getStatus() != AccessStatus.PENDING) {
            return false;
        }
        state.reset();
        connection.disableFeature(UnifiedContributionsState.FEATURE);
        deletions.add(PendingDeletion.Kind.ALL, null, null, by, now);
        return true;
    }

    /** GitHub Connect was disabled: the cloud deletes the app with its links and counts; start over. */
    @PermitAll
    public void onDisconnect(@Observes ConnectDisconnected disconnected) {
        store.locked().reset();
        links.deleteAll();
        deletions.clear();
    }

    private void decide(UnifiedContributionsState state, AccessStatus decision, ContributionsCloud.Access answer,
            Instant now, String by) {
        state.decided(decision, answer.decidedAt() != null ? answer.decidedAt() : now, answer.decidedBy());
        if (decision == AccessStatus.ENABLED) {
            connection.enableFeature(UnifiedContributionsState.FEATURE, by, now);
            links.restoreEveryoneSharing(now);
        }
    }

    private Optional<ContributionLink> ownLink() {
        return users.find(login()).flatMap(me -> links.of(me.getId()));
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
