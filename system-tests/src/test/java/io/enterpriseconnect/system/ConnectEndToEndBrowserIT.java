package io.enterpriseconnect.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.cloud.apps.CloudBrowser;
import io.enterpriseconnect.instance.connect.infrastructure.AppJwt;
import io.enterpriseconnect.instance.connect.infrastructure.CloudAppClient;
import io.enterpriseconnect.instance.connect.infrastructure.InstallationTokenCache;
import io.enterpriseconnect.instance.connect.infrastructure.InstanceReportAssembler;
import io.enterpriseconnect.instance.connect.infrastructure.PemPrivateKey;
import io.enterpriseconnect.instance.platform.CredentialVault;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GitHub Connect end to end, in a real browser signed in to both sides: enable, choose the account
 * on the cloud, connected; the record on the cloud; disable through the modal; gone on the cloud.
 * Between the browser steps, checks inside the instance look at what its database holds.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectEndToEndBrowserIT {

    private static final String ACCOUNT = "octo-org";
    private static final String CLOUD_API = "http://localhost:9180/api/v3";

    /** Kept between the in-container steps (one class loader): the app's key, to check it stops working. */
    private static String privateKeyPem;
    private static long appId;
    /** Instances the cloud account had before (a shared test server may keep other runs' records): client side. */
    private static List<String> connectedBefore;

    @Deployment(name = "instance", order = 2)
    static EnterpriseArchive instance() {
        EnterpriseArchive ear = Deployments.instance();
        ear.getAsType(WebArchive.class, Deployments.INSTANCE_WEB_MODULE)
                .addClasses(ConnectEndToEndBrowserIT.class, ConsoleBrowser.class, CloudSession.class, CloudBrowser.class, Http.class,
                        InstanceConnect.class);
        return ear;
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @EJB
    CredentialVault vault;

    @EJB
    InstallationTokenCache tokens;

    @EJB
    InstanceReportAssembler reports;

    @Inject
    CloudAppClient cloudApi;

    @Resource
    UserTransaction transaction;

    @Test
    @Order(1)
    @RunAsClient
    @OperateOnDeployment("instance")
    void anAdministratorEnablesConnectAndConnectsAnOrganizationTheyOwn() {
        InstanceConnect.admin().reset();
        try (ConsoleBrowser browser = new ConsoleBrowser("en-US")) {
            browser.signInToCloud(CloudSession.DEMO_USER, CloudSession.demoPassword());
            connectedBefore = browser.instancesConnectedTo(ACCOUNT);
            browser.signInToInstance(Http.ADMIN, Http.ADMIN_PASSWORD);
            assertEquals("GitHub.com is not enabled yet", browser.textOf("not-enabled"));
            assertTrue(browser.page().contains("GitHub Connect Addendum to the GitHub Enterprise License Agreement"));

            browser.click("enable:submit");
            assertEquals(List.of("octo-enterprise", "octo-org"), browser.accountsOffered().stream().sorted().toList(),
                    "the cloud offers the accounts octocat owns");
            browser.clickConnectFor(ACCOUNT);

            assertEquals(ACCOUNT, browser.textOf("connected-account"));
            assertTrue(browser.textOf("connected-since").contains("by admin"), browser.textOf("connected-since"));
            assertTrue(browser.page().contains("Connected to octo-org on GitHub.com."));
            assertTrue(browser.textOf("audit-log").contains("connect"), "the connection is in the audit log");

            List<String> connected = browser.instancesConnectedTo(ACCOUNT);
            assertEquals(connectedBefore.size() + 1, connected.size(), "the record is on the cloud: " + connected);
            assertTrue(connected.contains("localhost"), connected::toString);
            String record = browser.textOf("connected-instances");
            assertTrue(record.matches("(?s).*License SHA-256\\s+[0-9a-f]{64}.*"), record);
            assertTrue(record.contains("Development instance"), record);
            assertTrue(record.matches("(?s).*Token SHA-256\\s+[0-9a-f]{64}.*"), record);
        }
    }

    @Test
    @Order(2)
    @OperateOnDeployment("instance")
    void theInstanceStoresTheCredentialsSealedAndTheyWork() throws Exception {
        Object[] row = (Object[]) em.createNativeQuery(
                "select app_id, private_key, access_token, webhook_secret from connect_credentials").getSingleResult();
        for (int column = 1; column <= 3; column++) {
            String stored = (String) row[column];
            assertTrue(stored.startsWith("v1:"), "sealed");
            assertFalse(stored.contains("PRIVATE KEY") || stored.contains("ghs_"), "no plaintext in the database");
        }
        appId = ((Number) row[0]).longValue();
        privateKeyPem = vault.open("connect_credentials.private_key", (String) row[1]);
        assertTrue(privateKeyPem.contains("PRIVATE KEY"));
        assertEquals(200, cloud("/app").statusCode(), "the stored key mints JWTs the cloud accepts");
    }

    @Test
    @Order(3)
    @OperateOnDeployment("instance")
    void tokensAreRenewedBeforeTheyExpireAndOnceWhenTheCloudRefusesThem() throws Exception {
        String first = sealedToken();
        setToken(first, Instant.now().plusSeconds(60));
        String renewed = tokens.withToken(token -> token);
        assertFalse(renewed.equals(vault.open("connect_credentials.access_token", first)), "a minute left: renewed");
        assertTrue(tokenExpiresAt().isAfter(Instant.now().plusSeconds(50 * 60)), "a fresh token is good for an hour");

        setToken(vault.seal("connect_credentials.access_token", "ghs_" + "0".repeat(36)), Instant.now().plusSeconds(3000));
        String used = tokens.withToken(token -> {
            cloudApi.putConnectionRecord(token, reports.about("http://localhost:9080").toJson());
            return token;
        });
        assertFalse(used.startsWith("ghs_0000"), "the refused token was replaced and the call repeated once");
    }

    @Test
    @Order(4)
    @RunAsClient
    @OperateOnDeployment("instance")
    void disablingThroughTheModalDeletesTheAppOnTheCloud() {
        try (ConsoleBrowser browser = new ConsoleBrowser("en-US")) {
            browser.signInToCloud(CloudSession.DEMO_USER, CloudSession.demoPassword());
            browser.signInToInstance(Http.ADMIN, Http.ADMIN_PASSWORD);
            assertFalse(browser.isVisible("disable-dialog"));
            browser.click("disable");
            assertTrue(browser.textOf("disable-dialog").contains("The GitHub Connect app is deleted from octo-org"),
                    browser.textOf("disable-dialog"));
            browser.click("disable-form:confirm");

            assertEquals("GitHub.com is not enabled yet", browser.textOf("not-enabled"));
            assertTrue(browser.page().contains("GitHub Connect is disabled."));
            assertFalse(browser.isVisible("cleanup-pending"));
            assertEquals(connectedBefore, browser.instancesConnectedTo(ACCOUNT), "the record and app are gone on the cloud");
        }
    }

    @Test
    @Order(5)
    @OperateOnDeployment("instance")
    void afterDisablingNoCredentialRemainsAndTheOldKeyIsRefused() throws Exception {
        assertEquals(0, ((Number) em.createNativeQuery("select count(*) from connect_credentials").getSingleResult()).intValue());
        assertEquals(0, ((Number) em.createNativeQuery("select count(*) from connect_cleanup").getSingleResult()).intValue());
        HttpResponse<String> refused = cloud("/app");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("Integration not found"), refused.body());
        List<?> actions = em.createNativeQuery("select action || ':' || outcome from audit_entry order by id desc")
                .setMaxResults(6).getResultList();
        assertTrue(actions.contains("disable:SUCCESS") && actions.contains("remote-cleanup:SUCCESS"), actions::toString);
    }

    private String sealedToken() {
        return (String) em.createNativeQuery("select access_token from connect_credentials").getSingleResult();
    }

    private Instant tokenExpiresAt() {
        Object value = em.createNativeQuery("select token_expires_at from connect_credentials").getSingleResult();
        // Each database's driver hands back its own type for "timestamp with time zone".
        if (value instanceof Instant instant) {
            return instant;
        }
        return value instanceof java.time.OffsetDateTime offset ? offset.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    private void setToken(String sealed, Instant expiresAt) throws Exception {
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("update connect_credentials set access_token = ?1, token_expires_at = ?2")
                .setParameter(1, sealed).setParameter(2, java.time.OffsetDateTime.ofInstant(expiresAt, java.time.ZoneOffset.UTC))
                .executeUpdate();
        transaction.commit();
    }

    private static HttpResponse<String> cloud(String path) throws Exception {
        String jwt = AppJwt.mint(appId, PemPrivateKey.fromPem(privateKeyPem), Instant.now());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(CLOUD_API + path))
                .header("Authorization", "Bearer " + jwt).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
