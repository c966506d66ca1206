package io.enterpriseconnect.instance.connect;

import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.audit.AuditTrail;
import io.enterpriseconnect.instance.audit.Audited;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import io.enterpriseconnect.instance.connect.domain.AccessToken;
import io.enterpriseconnect.instance.connect.domain.AppGrant;
import io.enterpriseconnect.instance.connect.domain.AuthorizationRequest;
import io.enterpriseconnect.instance.connect.domain.AuthorizationUrl;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.CloudConnection;
import io.enterpriseconnect.instance.connect.domain.CloudInstallation;
import io.enterpriseconnect.instance.connect.domain.ConnectStatus;
import io.enterpriseconnect.instance.connect.domain.ConnectionState;
import io.enterpriseconnect.instance.connect.domain.EndpointCheck;
import io.enterpriseconnect.instance.connect.domain.InstanceAddress;
import io.enterpriseconnect.instance.connect.domain.InstanceReport;
import io.enterpriseconnect.instance.connect.domain.RefreshSchedule;
import io.enterpriseconnect.instance.connect.domain.TripCode;
import io.enterpriseconnect.instance.connect.domain.TripState;
import io.enterpriseconnect.instance.connect.infrastructure.AppJwt;
import io.enterpriseconnect.instance.connect.infrastructure.CloudAppClient;
import io.enterpriseconnect.instance.connect.infrastructure.CloudLocation;
import io.enterpriseconnect.instance.connect.infrastructure.ConnectivityCheck;
import io.enterpriseconnect.instance.connect.infrastructure.InstanceReportAssembler;
import io.enterpriseconnect.instance.connect.infrastructure.JpaAuthorizationRequestRepository;
import io.enterpriseconnect.instance.connect.infrastructure.JpaCloudConnectionRepository;
import io.enterpriseconnect.instance.connect.infrastructure.JpaPendingCleanupRepository;
import io.enterpriseconnect.instance.connect.infrastructure.PemPrivateKey;
import io.enterpriseconnect.instance.connect.infrastructure.RemoteCleanupTimer;
import io.enterpriseconnect.instance.license.infrastructure.InstanceLicense;
import io.enterpriseconnect.instance.platform.ConflictException;
import io.enterpriseconnect.instance.platform.InstanceVersion;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.AssertTrue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GitHub Connect: the link between this instance and a cloud account. Everyone signed in may see
 * where it stands; only site administrators change it, and every change is in the audit log with
 * its outcome. Calls to the cloud run outside transactions: the database changes around them are
 * each committed on their own, so that a failure half-way leaves a clear state (and, when an app
 * was already created on the cloud, a queued deletion) rather than a half-connected instance.
 */
@Stateless
@RolesAllowed(Role.SITE_ADMIN)
public class ConnectService {

    /** The console page the cloud sends the administrator's browser back to. */
    public static final String CALLBACK_PATH = "/admin/connect/callback.xhtml";

    @Resource
    SessionContext caller;

    @EJB
    JpaCloudConnectionRepository store;

    @EJB
    JpaAuthorizationRequestRepository authorizations;

    @EJB
    JpaPendingCleanupRepository cleanups;

    @EJB
    RemoteCleanupTimer remoteCleanup;

    @EJB
    InstanceReportAssembler reports;

    @EJB
    ConnectivityCheck connectivity;

    @EJB
    InstanceLicense license;

    @Inject
    AuditTrail trail;

    @Inject
    CloudAppClient cloud;

    @Inject
    CloudLocation endpoints;

    /** The instance's address as browsers reach it; when unset, the address of the administrator's request. */
    @Inject
    @ConfigProperty(name = "instance.url")
    Optional<String> configuredUrl;

    @Inject
    @ConfigProperty(name = "instance.connect.record.refresh-days", defaultValue = "7")
    long refreshDays;

    @RolesAllowed({Role.SITE_ADMIN, Role.ENTERPRISE_OWNER, Role.MEMBER})
    public ConnectStatus status() {
        CloudConnection connection = store.connection();
        ConnectStatus.ConnectedAccount account = connection.getState() != ConnectionState.CONNECTED ? null
                : store.credentials().map(c -> new ConnectStatus.ConnectedAccount(connection.getAccountLogin(),
                        connection.getAccountType(), connection.getConnectedBy(), connection.getConnectedAt(),
                        c.getAppId(), c.getAppSlug(), c.getInstallationId())).orElse(null);
        List<ConnectStatus.Feature> features = connection.getState() == ConnectionState.NOT_ENABLED ? List.of()
                : store.features().stream()
                        .map(f -> new ConnectStatus.Feature(f.getName(), f.getEnabledAt(), f.getEnabledBy())).toList();
        return new ConnectStatus(connection.getState(), caller.isCallerInRole(Role.SITE_ADMIN),
                connection.getEnabledBy(), connection.getEnabledAt(), account, features,
                connection.getRecordRefreshedAt(), cleanups.summary().orElse(null));
    }

    /** "Enable GitHub Connect": agreeing to the Connect addendum, recorded with who and when. */
    @Audited("enable")
    public void enable(@AssertTrue(message = "{instance.connect.addendum}") boolean acceptAddendum) {
        store.enable(actor(), now());
        trail.done("Enabled GitHub Connect, agreeing to the GitHub Connect Addendum");
    }

    /**
     * Where to send the administrator's browser to choose the cloud account: the cloud's Connect
     * page, with a new single-use {@code state} bound to this administrator.
     *
     * @param requestUrl the instance's address as the administrator reached it (used unless instance.url is set)
     */
    @Audited("authorize")
    public AuthorizationUrl authorizationUrl(String requestUrl) {
        store.requireEnabledNotConnected();
        String instanceUrl = instanceUrl(requestUrl);
        JpaAuthorizationRequestRepository.Issued issued = authorizations.issue(actor(), instanceUrl, now());
        String url = endpoints.web() + "/connect/authorize"
                + "?state=" + encode(issued.state())
                + "&redirect_uri=" + encode(instanceUrl + CALLBACK_PATH)
                + "&hostname=" + encode(URI.create(instanceUrl).getHost())
                + "&version=" + encode(InstanceVersion.get())
                + "&customer_name=" + encode(license.current().customerName());
        trail.done("Sent to " + endpoints.web() + " to choose the account to connect");
        return new AuthorizationUrl(url, issued.expiresAt());
    }

    /**
     * The cloud sent the administrator back with a one-time code: exchange it for the app and its
     * private key, find the installation, take a token, send the connection record, and only then
     * store the (sealed) credentials and call the instance connected.
     *
     * @return the cloud account connected to
     */
    @Audited("connect")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String complete(@TripCode String code, @TripState String state) {
        AuthorizationRequest request = authorizations.redeem(state, actor(), now());
        store.requireEnabledNotConnected();
        AppGrant grant = exchange(code);
        long installation = connectWith(grant, request.getInstanceUrl());
        trail.done("Connected to " + grant.ownerLogin() + " (" + grant.ownerType() + "): app " + grant.appId()
                + ", installation " + installation);
        return grant.ownerLogin();
    }

    /** The administrator cancelled on the cloud: the state is used up and nothing else changes. */
    @Audited("connect")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void cancelled(@TripState String state, String error) {
        authorizations.redeem(state, actor(), now());
        throw new ConflictException("Connecting was cancelled on the cloud (" + error
                + "); GitHub Connect stays enabled and not connected").as("connect.cancelled", error);
    }

    /**
     * "Disable GitHub Connect": the local credentials are wiped at once, in one transaction; then the
     * app is deleted on the cloud, or, if the cloud cannot be reached, queued for retries.
     *
     * @return whether a deletion on the cloud is still pending (queued and retried)
     */
    @Audited("disable")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean disable() {
        CloudConnection before = store.connection();
        if (before.getState() == ConnectionState.NOT_ENABLED) {
            trail.done("GitHub Connect was not enabled; nothing to do");
            return cleanups.any();
        }
        String account = before.getAccountLogin();
        Optional<Long> cleanup = store.disconnect(actor(), now());
        cleanup.ifPresent(id -> remoteCleanup.attempt(id, actor()));
        trail.done(account == null ? "Disabled GitHub Connect (no account was connected)"
                : "Disconnected from " + account + "; the instance's credentials were deleted");
        return cleanups.any();
    }

    /** "Test connection": the cloud's web and API hosts, through the proxy, each with its reason. */
    @Audited("test-connection")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<EndpointCheck> testConnection() {
        List<EndpointCheck> checks = connectivity.run();
        boolean ok = checks.stream().allMatch(EndpointCheck::reachable);
        trail.record(ok ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                String.join("; ", checks.stream().map(c -> c.name() + ": " + c.reason()).toList()));
        return checks;
    }

    private AppGrant exchange(String code) {
        try {
            return cloud.convert(code);
        } catch (CloudCallException e) {
            if (e.status() == 404) {
                throw new InvalidInputException("code", "is not known to the cloud: it was already used, has expired "
                        + "or was never issued. Start again from the GitHub Connect page").as("connect.code.unknown");
            }
            throw e;
        }
    }

    /** @return the installation id; on any failure the new app is queued for deletion on the cloud */
    private long connectWith(AppGrant grant, String instanceUrl) {
        Long installationId = null;
        try {
            String jwt = AppJwt.mint(grant.appId(), PemPrivateKey.fromPem(grant.pem()), now());
            CloudInstallation installation = cloud.installations(jwt).stream()
                    .filter(i -> i.accountLogin().equals(grant.ownerLogin())).findFirst()
                    .orElseThrow(() -> new CloudCallException(CloudCallException.Kind.REFUSED, 0,
                            "The cloud created the app but did not install it on " + grant.ownerLogin()));
            installationId = installation.id();
            AccessToken token = cloud.createToken(jwt, installationId);
            InstanceReport report = reports.about(instanceUrl);
            cloud.putConnectionRecord(token.token(), report.toJson());
            Instant now = now();
            Instant next = RefreshSchedule.nextAfter(store.connection().getEnabledAt(), Duration.ofDays(refreshDays), now);
            store.connected(grant, installationId, token, instanceUrl, actor(), now, report.digest(), next);
            return installationId;
        } catch (RuntimeException e) {
            long cleanup = cleanups.schedule(grant, installationId, actor(), now());
            remoteCleanup.attempt(cleanup, actor());
            throw e;
        }
    }

    private String instanceUrl(String requestUrl) {
        return InstanceAddress.resolve(configuredUrl, requestUrl);
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
