package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.ContributionsDriver.addUser;
import static io.enterpriseconnect.system.ContributionsDriver.cloudCounts;
import static io.enterpriseconnect.system.ContributionsDriver.instanceCounts;
import static io.enterpriseconnect.system.ContributionsDriver.link;
import static io.enterpriseconnect.system.ContributionsDriver.send;
import static io.enterpriseconnect.system.ContributionsDriver.setCounts;
import static io.enterpriseconnect.system.ContributionsDriver.today;
import static io.enterpriseconnect.system.ContributionsDriver.unique;
import static io.enterpriseconnect.system.ContributionsDriver.waitForNoCleanup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The enterprise owner's side in a real browser, on an account with custom terms of service
 * (octo-enterprise): the request stays pending, a cloud administrator approves it, and the owner's
 * page turns to enabled by itself. Then a site administrator watches a sync's progress bar, and the
 * owner disables the feature, which deletes the instance's counts on the cloud.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContributionsOwnerBrowserIT {

    private static final String OWNER = unique("owner");
    private static final List<String> PROPERTIES = List.of("instance.contributions.access-poll-seconds",
            "instance.proxy.host", "instance.proxy.port", "instance.contributions.sync-batch-size");
    private static ServerControl server;
    private static FaultyProxy proxy;

    @Deployment(name = "instance", order = 2, testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    @BeforeAll
    static void connectedToAnAccountOnCustomTerms() {
        server = ServerControl.connect();
        server.setProperty("instance.contributions.access-poll-seconds", "5");
        InstanceConnect admin = InstanceConnect.admin();
        admin.reset();
        admin.connect(CloudSession.signedInAsOwner(), "octo-enterprise");
        addUser(OWNER, "enterprise-owner", "member");
        assertEquals("octocat", link(OWNER, CloudSession.signedInAsOwner()));
    }

    @AfterAll
    static void disconnect() {
        InstanceConnect.admin().reset();
        PROPERTIES.forEach(server::removeProperty);
        if (proxy != null) {
            proxy.close();
        }
        server.close();
    }

    @Test
    @Order(1)
    void aPendingRequestTurnsToEnabledOnTheOwnersPageWhenACloudAdministratorApprovesIt() {
        try (ConsoleBrowser owner = new ConsoleBrowser("en-US"); ConsoleBrowser cloudAdmin = new ConsoleBrowser("en-US")) {
            owner.signInToInstance(OWNER, ContributionsDriver.PASSWORD);
            owner.click("request-access:submit");
            owner.awaitMessage("The request is pending until an administrator on GitHub.com approves it.");
            assertTrue(owner.textOf("contributions-status").startsWith("Access requested by " + OWNER),
                    owner.textOf("contributions-status"));
            assertEquals("PENDING", owner.attribute("unified-contributions", "data-status"));

            cloudAdmin.signInToCloud("cloud-admin", CloudSession.cloudAdminPassword());
            cloudAdmin.open(Http.CLOUD + "/admin/unified-contributions");
            cloudAdmin.clickXpath("//tr[td[@class='mono' and text()='" + ContributionsDriver.SOURCE
                    + "']]//input[contains(@id,'approve')]");

            owner.awaitText("contributions-status", "Enabled on", Duration.ofSeconds(90));
            assertTrue(owner.isVisible("disable-contributions"));
        }
        assertTrue(InstanceConnect.admin().audit().body()
                .contains("\"action\":\"unified-contributions-decision\",\"outcome\":\"SUCCESS\""));
    }

    @Test
    @Order(2)
    void aSiteAdministratorWatchesTheSyncsProgressBarUntilItIsDone() {
        send(OWNER, true);
        ContributionsDriver.waitForRunAfter(0, Duration.ofMinutes(1));
        proxy = new FaultyProxy().delay(500);
        server.setProperty("instance.proxy.host", "localhost");
        server.setProperty("instance.proxy.port", Integer.toString(proxy.port()));
        server.setProperty("instance.contributions.sync-batch-size", "10");
        Map<LocalDate, Integer> year = new LinkedHashMap<>();
        for (int d = 0; d < 365; d++) {
            year.put(today().minusDays(d), 1 + d % 5);
        }
        setCounts(OWNER, year);

        try (ConsoleBrowser admin = new ConsoleBrowser("en-US")) {
            admin.signInToInstance(Http.ADMIN, Http.ADMIN_PASSWORD);
            admin.open(Http.INSTANCE + "/admin/contributions/sync.xhtml");
            admin.click("sync-now:submit");
            admin.awaitText("sync-progress-text", " 365", ConsoleBrowser.PATIENCE);
            String early = admin.textOf("sync-progress-text");
            admin.awaitText("not-running", "No sync is running.", Duration.ofSeconds(60));
            assertTrue(admin.textOf("history").contains("Succeeded"), admin.textOf("history"));
            assertFalse(early.startsWith("365 "), "seen while running: " + early);
        }
        assertEquals(instanceCounts(OWNER, today().minusDays(364), today()),
                cloudCounts("octocat", today().minusDays(364), today()));
    }

    @Test
    @Order(3)
    void theOwnerDisablesUnifiedContributionsAndTheInstancesCountsAreDeletedOnTheCloud() {
        try (ConsoleBrowser owner = new ConsoleBrowser("en-US")) {
            owner.signInToInstance(OWNER, ContributionsDriver.PASSWORD);
            owner.click("disable-contributions");
            assertTrue(owner.textOf("disable-contributions-dialog").contains("is deleted on GitHub.com"));
            owner.click("disable-contributions-form:confirm");
            owner.awaitMessage("Unified contributions are disabled.");
            assertEquals("Not enabled.", owner.textOf("contributions-status"));
        }
        waitForNoCleanup(Duration.ofMinutes(2));
        assertEquals(Map.of(), cloudCounts("octocat", today().minusDays(364), today()));
        assertTrue(InstanceConnect.admin().audit().body().contains("\"action\":\"unified-contributions-disable\""));
    }
}
