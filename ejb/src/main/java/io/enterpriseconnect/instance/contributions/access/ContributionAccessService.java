package io.enterpriseconnect.instance.contributions.access;

import io.enterpriseconnect.instance.accounts.AccountService;
import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.audit.AuditTrail;
import io.enterpriseconnect.instance.audit.Audited;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.ConnectionState;
import io.enterpriseconnect.instance.connect.infrastructure.JpaCloudConnectionRepository;
import io.enterpriseconnect.instance.contributions.access.domain.ContributionAccessView;
import io.enterpriseconnect.instance.contributions.domain.NotOwnerOnCloudException;
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
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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

    @Inject
    AuditTrail trail;

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
                (int) deletions.count());
    }

    /**
     * "Request access", in the owner's name on the cloud (the cloud checks they own the connected account).
     *
     * @return the status the cloud answered: enabled, or pending until a cloud administrator decides
     */
    @Audited(REQUEST)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UnifiedContributionsStatus requestAccess() {
        ContributionAccessView before = view();
        if (before.whyNot() != null) {
            throw new ConflictException(before.whyNot()).as(!before.callerIsOwner() ? "access.ownersOnly"
                    : !before.connectConnected() ? "connect.notConnected" : "access.linkFirst");
        }
        if (before.status() == UnifiedContributionsStatus.PENDING || before.status() == UnifiedContributionsStatus.ENABLED) {
            throw new ConflictException("Unified contributions are already " + before.status().name()
                    .toLowerCase(java.util.Locale.ROOT)).as("access.already." + before.status().name());
        }
        ContributionLink link = ownLink().orElseThrow();
        CloudContributionClient.Access answer;
        try {
            answer = cloud.requestAccess(link.getCloudUserId());
        } catch (CloudCallException e) {
            if (e.status() == 403) {
                throw new NotOwnerOnCloudException("GitHub.com refused: your account " + link.getCloudLogin()
                        + " does not own " + connection.connection().getAccountLogin()
                        + ", the connected account. Ask one of its owners")
                        .as("access.notOwner", link.getCloudLogin(), connection.connection().getAccountLogin());
            }
            throw e;
        }
        UnifiedContributionsStatus status = UnifiedContributionsStatus.fromCloud(answer.status());
        store.recordRequest(login(), status, answer, now());
        trail.done(status == UnifiedContributionsStatus.ENABLED
                ? "Requested access for " + link.getCloudLogin() + ": enabled (standard terms of service)"
                : "Requested access for " + link.getCloudLogin() + ": " + answer.status()
                        + " until an administrator on the cloud decides");
        return status;
    }

    /**
     * Turns it off: every count from this instance is deleted on the cloud (now, or queued and retried).
     *
     * @return whether deleting the counts on the cloud is still pending
     */
    @Audited(DISABLE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean disable() {
        if (!store.recordDisable(login(), now())) {
            throw new ConflictException("Unified contributions are not enabled or requested")
                    .as("access.nothingToDisable");
        }
        boolean deleted = sync.deleteNow();
        trail.record(deleted ? AuditOutcome.SUCCESS : AuditOutcome.PENDING, deleted
                ? "Disabled unified contributions; every count from this instance was deleted on the cloud"
                : "Disabled unified contributions; deleting the counts on the cloud is pending and retried");
        return !deleted;
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
