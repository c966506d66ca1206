package io.enterpriseconnect.instance.contributions.links;

import io.enterpriseconnect.instance.accounts.AccountService;
import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.accounts.domain.UnknownUserException;
import io.enterpriseconnect.instance.accounts.domain.UserAccount;
import io.enterpriseconnect.instance.audit.AuditTrail;
import io.enterpriseconnect.instance.audit.Audited;
import io.enterpriseconnect.instance.connect.domain.AuthorizationUrl;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.ConnectionState;
import io.enterpriseconnect.instance.connect.domain.InstanceAddress;
import io.enterpriseconnect.instance.connect.domain.TripCode;
import io.enterpriseconnect.instance.connect.domain.TripState;
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
import jakarta.validation.constraints.NotNull;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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

    @Inject
    AuditTrail trail;

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
                deletionPending(link));
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
            throw !status.connectConnected()
                    ? new ConflictException("GitHub Connect is not connected; ask a site administrator")
                            .as("links.connectNotConnected")
                    : new ConflictException("Unified contributions are not enabled; ask an enterprise owner")
                            .as("links.notEnabled");
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

    /**
     * The cloud sent the user back with a one-time code: exchange it for their cloud account.
     *
     * @return the cloud account linked to
     */
    @Audited("contributions-link")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CloudContributionClient.CloudUser complete(@TripCode String code, @TripState String state) {
        links.redeem(state, login(), now());
        CloudContributionClient.CloudUser cloudUser;
        try {
            cloudUser = cloud.link(code);
        } catch (CloudCallException e) {
            if (e.status() == 404 || e.status() == 422) {
                throw new InvalidInputException("code", "is not known to the cloud: it was already used, has "
                        + "expired or was never issued. Click Connect to GitHub.com again").as("links.code.unknown");
            }
            if (e.status() == 409) {
                throw new ConflictException(e.getMessage());
            }
            throw e;
        }
        links.link(me().getId(), cloudUser, login(), now());
        sync.deleteNow();
        trail.done("Connected to " + cloudUser.login() + " (" + cloudUser.id() + ") on the cloud");
        return cloudUser;
    }

    /** The user cancelled on the cloud: the state is used up, nothing else changes. */
    @Audited("contributions-link")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void cancelled(@TripState String state, String error) {
        links.redeem(state, login(), now());
        throw new ConflictException("Connecting to GitHub.com was cancelled (" + error + ")")
                .as("links.cancelled", error);
    }

    /**
     * "Update contributions": start sending (the past 90 days follow with the next sync), or stop.
     *
     * @return whether deleting the user's counts on the cloud is still pending
     */
    @Audited("contributions-sharing")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean share(@NotNull(message = "{instance.input.trueOrFalse}") Boolean send) {
        if (send && feature.status() != UnifiedContributionsStatus.ENABLED) {
            throw new ConflictException("Unified contributions are not enabled; ask an enterprise owner")
                    .as("links.notEnabled");
        }
        ContributionLink link = links.share(me().getId(), send, login(), now());
        if (send) {
            sync.startSoon(SyncRun.Trigger.SCHEDULE, login());
            trail.done("Sends contribution counts to " + link.getCloudLogin() + "; the past 90 days are restored "
                    + "with the next sync");
            return deletionPending(Optional.of(link));
        }
        boolean deleted = sync.deleteNow();
        trail.done("Stopped sending contribution counts to " + link.getCloudLogin() + "; "
                + (deleted ? "deleted them on the cloud" : "their deletion on the cloud is pending"));
        return deletionPending(Optional.of(link));
    }

    /**
     * Disconnects from the cloud account: the link goes at once; the cloud's link and counts are deleted.
     *
     * @return whether deleting the user's link and counts on the cloud is still pending
     */
    @Audited("contributions-unlink")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean disconnect() {
        Optional<ContributionLink> removed = links.unlink(me().getId(), login(), now());
        if (removed.isEmpty()) {
            trail.done("Was not connected to a cloud account");
            return deletionPending(Optional.empty());
        }
        boolean deleted = sync.deleteNow();
        trail.done("Disconnected from " + removed.get().getCloudLogin() + "; "
                + (deleted ? "the link and counts were deleted on the cloud" : "their deletion on the cloud is pending"));
        return deletionPending(Optional.empty());
    }

    /** A deletion on the cloud still waits for the user's current link, or for one they removed. */
    private boolean deletionPending(Optional<ContributionLink> link) {
        return link.map(l -> deletions.pendingFor(l.getCloudUserId())).orElse(false)
                || deletions.pendingRequestedBy(login());
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
