package io.enterpriseconnect.instance.contributions.access;

import io.enterpriseconnect.instance.accounts.AccountService;
import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.ConnectDisconnected;
import io.enterpriseconnect.instance.connect.domain.ConnectionState;
import io.enterpriseconnect.instance.connect.infrastructure.JpaCloudConnectionRepository;
import io.enterpriseconnect.instance.contributions.access.domain.ContributionAccessView;
import io.enterpriseconnect.instance.contributions.domain.NotOwnerOnCloudException;
import io.enterpriseconnect.instance.contributions.domain.PendingDeletion;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsState;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import io.enterpriseconnect.instance.contributions.infrastructure.CloudContributionClient;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaPendingDeletionRepository;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaUnifiedContributionsStateRepository;
import io.enterpriseconnect.instance.contributions.links.domain.ContributionLink;
import io.enterpriseconnect.instance.contributions.links.infrastructure.JpaContributionLinkRepository;
import io.enterpriseconnect.instance.contributions.sync.infrastructure.SyncExecution;
import io.enterpriseconnect.instance.platform.ConflictException;
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
public class ContributionAccessService {

    static final String REQUEST = "unified-contributions-request";
    static final String DECISION = "unified-contributions-decision";
    static final String DISABLE = "unified-contributions-disable";

    @Resource
    SessionContext caller;

    @EJB
    JpaUnifiedContributionsStateRepository store;

    @EJB
    JpaCloudConnectionRepository connection;

    @EJB
    JpaContributionLinkRepository links;

    @EJB
    AccountService users;

    @EJB
    JpaPendingDeletionRepository deletions;

    @EJB
    SyncExecution sync;

    @EJB
    AuditService audit;

    @EJB
    ContributionAccessService self;

    @Inject
    CloudContributionClient cloud;

    @RolesAllowed({Role.SITE_ADMIN, Role.ENTERPRISE_OWNER, Role.MEMBER})
    public ContributionAccessView view() {
        UnifiedContributionsState state = store.state();
        boolean connected = connection.connection().getState() == ConnectionState.CONNECTED;
        boolean owner = caller.isCallerInRole(Role.ENTERPRISE_OWNER);
        Optional<ContributionLink> ownLink = owner ? ownLink() : Optional.empty();
        String whyNot = !owner ? "Only enterprise owners can change unified contributions"
                : !connected ? "GitHub Connect is not connected"
                : ownLink.isEmpty() ? "Connect your own account to GitHub.com first" : null;
        return new ContributionAccessView(state.getStatus(), state.getRequestedAt(), state.getRequestedBy(), state.getDecidedAt(),
                state.getDecidedBy(), connected, owner, ownLink.map(ContributionLink::getCloudLogin).orElse(null), whyNot,
                deletions.all().size());
    }

    /** "Request access", in the owner's name on the cloud (the cloud checks they own the connected account). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ContributionAccessView requestAccess() {
        try {
            ContributionAccessView before = view();
            if (before.whyNot() != null) {
                throw new ConflictException(before.whyNot());
            }
            if (before.status() == UnifiedContributionsStatus.PENDING || before.status() == UnifiedContributionsStatus.ENABLED) {
                throw new ConflictException("Unified contributions are already " + before.status().name()
                        .toLowerCase(java.util.Locale.ROOT));
            }
            ContributionLink link = ownLink().orElseThrow();
            CloudContributionClient.Access answer;
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
            UnifiedContributionsStatus status = UnifiedContributionsStatus.fromCloud(answer.status());
            self.recordRequest(login(), status, answer, now());
            audit.record(login(), REQUEST, AuditOutcome.SUCCESS, status == UnifiedContributionsStatus.ENABLED
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
    public ContributionAccessView disable() {
        try {
            if (!self.recordDisable(login(), now())) {
                throw new ConflictException("Unified contributions are not enabled or requested");
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
        if (state.getStatus() != UnifiedContributionsStatus.PENDING
                || connection.connection().getState() != ConnectionState.CONNECTED
                || (state.getCheckedAt() != null && state.getCheckedAt().plus(every).isAfter(now))) {
            return;
        }
        CloudContributionClient.Access answer;
        try {
            answer = cloud.access();
        } catch (CloudCallException | ConflictException e) {
            self.checked(now);
            return;
        }
        UnifiedContributionsStatus decision = UnifiedContributionsStatus.fromCloud(answer.status());
        if (self.recordDecision(decision, answer, now)) {
            audit.record(AuditService.SYSTEM, DECISION, AuditOutcome.SUCCESS, "The cloud "
                    + (decision == UnifiedContributionsStatus.ENABLED ? "enabled" : decision.name().toLowerCase(java.util.Locale.ROOT))
                    + " unified contributions" + (answer.decidedBy() == null ? "" : " (" + answer.decidedBy() + ")"));
        }
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRequest(String by, UnifiedContributionsStatus status, CloudContributionClient.Access answer, Instant now) {
        UnifiedContributionsState state = store.locked();
        state.requested(by, now);
        if (status != UnifiedContributionsStatus.PENDING) {
            decide(state, status, answer, now, by);
        }
    }

    /** @return whether the pending request was decided now (false: not pending anymore, or still pending) */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordDecision(UnifiedContributionsStatus decision, CloudContributionClient.Access answer, Instant now) {
        UnifiedContributionsState state = store.locked();
        state.checked(now);
        if (state.getStatus() != UnifiedContributionsStatus.PENDING || decision == UnifiedContributionsStatus.PENDING) {
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
        if (state.getStatus() != UnifiedContributionsStatus.ENABLED && state.getStatus() != UnifiedContributionsStatus.PENDING) {
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

    private void decide(UnifiedContributionsState state, UnifiedContributionsStatus decision, CloudContributionClient.Access answer,
            Instant now, String by) {
        state.decided(decision, answer.decidedAt() != null ? answer.decidedAt() : now, answer.decidedBy());
        if (decision == UnifiedContributionsStatus.ENABLED) {
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
