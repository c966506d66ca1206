package io.enterpriseconnect.instance.contributions.links;

import io.enterpriseconnect.instance.accounts.AccountService;
import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.accounts.domain.UnknownUserException;
import io.enterpriseconnect.instance.accounts.domain.UserAccount;
import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import io.enterpriseconnect.instance.connect.domain.AuthorizationUrl;
import io.enterpriseconnect.instance.connect.domain.BrowserTrip;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.ConnectionState;
import io.enterpriseconnect.instance.connect.domain.InstanceAddress;
import io.enterpriseconnect.instance.connect.infrastructure.CloudLocation;
import io.enterpriseconnect.instance.connect.infrastructure.InstallationTokenCache;
import io.enterpriseconnect.instance.connect.infrastructure.JpaCloudConnectionRepository;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import io.enterpriseconnect.instance.contributions.infrastructure.CloudContributionClient;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaPendingDeletionRepository;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaUnifiedContributionsStateRepository;
import io.enterpriseconnect.instance.contributions.links.domain.ContributionLink;
import io.enterpriseconnect.instance.contributions.links.domain.LinkStatus;
import io.enterpriseconnect.instance.contributions.links.infrastructure.JpaContributionLinkRepository;
import io.enterpriseconnect.instance.contributions.sync.domain.SyncRun;
import io.enterpriseconnect.instance.contributions.sync.infrastructure.SyncExecution;
import io.enterpriseconnect.instance.platform.ConflictException;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A user's own GitHub Connect settings: connect the instance account to a cloud account (the cloud
 * shows what is shared and the user clicks Authorize), choose to send contribution counts, stop, or
 * disconnect. Stopping and disconnecting delete the user's counts on the cloud: at once when
 * possible, else queued and retried until the cloud confirms. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.SITE_ADMIN, Role.ENTERPRISE_OWNER, Role.MEMBER})
public class ContributionLinkService {

    /** The settings page the cloud sends the user's browser back to. */
    public static final String CALLBACK_PATH = "/settings/connect/callback.xhtml";

    @Resource
    SessionContext caller;

    @EJB
    JpaContributionLinkRepository links;

    @EJB
    AccountService users;

    @EJB
    JpaCloudConnectionRepository connection;

    @EJB
    JpaUnifiedContributionsStateRepository feature;

    @EJB
    JpaPendingDeletionRepository deletions;

    @EJB
    SyncExecution sync;

    @EJB
    InstallationTokenCache tokens;

    @EJB
    AuditService audit;

    @Inject
    CloudContributionClient cloud;

    @Inject
    CloudLocation endpoints;

    @Inject
    @ConfigProperty(name = "instance.url")
    Optional<String> configuredUrl;

    public LinkStatus status() {
        UserAccount me = me();
        Optional<ContributionLink> link = links.of(me.getId());
        return new LinkStatus(me.getLogin(), connected(), feature.status(),
                caller.isCallerInRole(Role.ENTERPRISE_OWNER), link.isPresent(),
                link.map(ContributionLink::getCloudLogin).orElse(null), link.map(ContributionLink::getLinkedAt).orElse(null),
                link.map(ContributionLink::isSharing).orElse(false),
                link.filter(ContributionLink::isSharing).map(ContributionLink::getSharingChangedAt).orElse(null),
                link.map(l -> l.getRestoreRequestedAt() != null).orElse(false),
                link.map(l -> deletions.pendingFor(l.getCloudUserId())).orElse(false) || deletionPendingForMe());
    }

    /**
     * Where to send the user's browser: the cloud's authorize page for this instance's app, with a
     * single-use state bound to this user.
     *
     * @param requestUrl this instance's address as the user reached it (unless instance.url is set)
     */
    public AuthorizationUrl authorizationUrl(String requestUrl) {
        LinkStatus status = status();
        if (!status.mayLink()) {
            throw new ConflictException(!status.connectConnected()
                    ? "GitHub Connect is not connected; ask a site administrator"
                    : "Unified contributions are not enabled; ask an enterprise owner");
        }
        String instanceUrl = InstanceAddress.resolve(configuredUrl, requestUrl);
        JpaContributionLinkRepository.Issued issued = links.issue(login(), now());
        String url = endpoints.web() + "/connect/contributions/authorize"
                + "?client_id=" + encode(tokens.clientId())
                + "&state=" + encode(issued.state())
                + "&redirect_uri=" + encode(instanceUrl + CALLBACK_PATH)
                + "&instance_login=" + encode(login());
        return new AuthorizationUrl(url, issued.expiresAt());
    }

    /** The cloud sent the user back with a one-time code: exchange it for their cloud account. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LinkStatus complete(String code, String state) {
        return audited("contributions-link", () -> {
            BrowserTrip.requireCode(code);
            BrowserTrip.requireState(state);
            links.redeem(state, login(), now());
            CloudContributionClient.CloudUser cloudUser;
            try {
                cloudUser = cloud.link(code);
            } catch (CloudCallException e) {
                if (e.status() == 404 || e.status() == 422) {
                    throw new InvalidInputException("code", "is not known to the cloud: it was already used, has "
                            + "expired or was never issued. Click Connect to GitHub.com again");
                }
                if (e.status() == 409) {
                    throw new ConflictException(e.getMessage());
                }
                throw e;
            }
            links.link(me().getId(), cloudUser, login(), now());
            sync.deleteNow();
            return "Connected to " + cloudUser.login() + " (" + cloudUser.id() + ") on the cloud";
        });
    }

    /** The user cancelled on the cloud: the state is used up, nothing else changes. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void cancelled(String state, String error) {
        audited("contributions-link", () -> {
            BrowserTrip.requireState(state);
            links.redeem(state, login(), now());
            throw new ConflictException("Connecting to GitHub.com was cancelled (" + error + ")");
        });
    }

    /** "Update contributions": start sending (the past 90 days follow with the next sync), or stop. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LinkStatus share(boolean send) {
        return audited("contributions-sharing", () -> {
            if (send && feature.status() != UnifiedContributionsStatus.ENABLED) {
                throw new ConflictException("Unified contributions are not enabled; ask an enterprise owner");
            }
            ContributionLink link = links.share(me().getId(), send, login(), now());
            if (send) {
                sync.startSoon(SyncRun.Trigger.SCHEDULE, login());
                return "Sends contribution counts to " + link.getCloudLogin() + "; the past 90 days are restored "
                        + "with the next sync";
            }
            boolean deleted = sync.deleteNow();
            return "Stopped sending contribution counts to " + link.getCloudLogin() + "; "
                    + (deleted ? "deleted them on the cloud" : "their deletion on the cloud is pending");
        });
    }

    /** Disconnects from the cloud account: the link goes at once; the cloud's link and counts are deleted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LinkStatus disconnect() {
        return audited("contributions-unlink", () -> {
            Optional<ContributionLink> removed = links.unlink(me().getId(), login(), now());
            if (removed.isEmpty()) {
                return "Was not connected to a cloud account";
            }
            boolean deleted = sync.deleteNow();
            return "Disconnected from " + removed.get().getCloudLogin() + "; "
                    + (deleted ? "the link and counts were deleted on the cloud" : "their deletion on the cloud is pending");
        });
    }

    private LinkStatus audited(String action, Supplier<String> work) {
        try {
            String done = work.get();
            audit.record(login(), action, AuditOutcome.SUCCESS, done);
        } catch (RuntimeException e) {
            audit.record(login(), action, AuditOutcome.FAILURE, e.getMessage());
            throw e;
        }
        return status();
    }

    private boolean deletionPendingForMe() {
        return deletions.all().stream().anyMatch(d -> login().equals(d.getRequestedBy()) && d.getCloudUserId() != null);
    }

    private boolean connected() {
        return connection.connection().getState() == ConnectionState.CONNECTED;
    }

    private UserAccount me() {
        return users.find(login()).orElseThrow(() -> new UnknownUserException(login()));
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
