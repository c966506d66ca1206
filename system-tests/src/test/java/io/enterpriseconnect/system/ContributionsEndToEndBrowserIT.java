package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.ContributionsDriver.addUser;
import static io.enterpriseconnect.system.ContributionsDriver.addVerifiedEmail;
import static io.enterpriseconnect.system.ContributionsDriver.cloudCounts;
import static io.enterpriseconnect.system.ContributionsDriver.deliver;
import static io.enterpriseconnect.system.ContributionsDriver.instanceCounts;
import static io.enterpriseconnect.system.ContributionsDriver.issueOpened;
import static io.enterpriseconnect.system.ContributionsDriver.json;
import static io.enterpriseconnect.system.ContributionsDriver.lastRunId;
import static io.enterpriseconnect.system.ContributionsDriver.push;
import static io.enterpriseconnect.system.ContributionsDriver.setCounts;
import static io.enterpriseconnect.system.ContributionsDriver.today;
import static io.enterpriseconnect.system.ContributionsDriver.unique;
import static io.enterpriseconnect.system.ContributionsDriver.waitForRunAfter;
import static io.enterpriseconnect.system.ContributionsDriver.webhookSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unified contributions end to end in real browsers, each person signed in to both sides: the
 * enterprise owner connects their own account and clicks Request access (octo-org is on standard
 * terms: enabled at once); a user clicks Connect to GitHub.com, Authorize on the cloud, ticks Send my
 * contribution counts to GitHub.com and clicks Update contributions; signed webhook deliveries
 * arrive; a site administrator clicks Sync now; the cloud's profile shows the counts; the user opts
 * out and they are gone; the user connects again and the past 90 days are back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContributionsEndToEndBrowserIT {

    private static final String OWNER = unique("owner");
    private static final String MONA = unique("mona");
    private static final String MONA_EMAIL = MONA + "@example.com";
    private static final String CLOUD_MONA = "c" + MONA;
    private static final String CLOUD_PASSWORD = "cloud password of " + MONA;

    @Deployment(name = "instance", order = 2, testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    @AfterAll
    static void disconnect() {
        InstanceConnect.admin().reset();
    }

    @Test
    @Order(1)
    void theOwnerConnectsTheirOwnAccountAndRequestsAccess() {
        InstanceConnect admin = InstanceConnect.admin();
        admin.reset();
        admin.connect(CloudSession.signedInAsOwner(), "octo-org");
        addUser(OWNER, "enterprise-owner", "member");
        try (ConsoleBrowser owner = new ConsoleBrowser("en-US")) {
            owner.signInToCloud(CloudSession.DEMO_USER, CloudSession.demoPassword());
            owner.signInToInstance(OWNER, ContributionsDriver.PASSWORD);
            assertTrue(owner.textOf("unified-contributions").contains("Users can share contribution counts to GitHub.com"));
            assertEquals("Not enabled.", owner.textOf("contributions-status"));
            assertFalse(owner.isVisible("request-access:submit"), "not before their own account is connected");

            owner.click("link-own-account");
            owner.click("connect:submit");
            owner.click("link:authorize");
            assertEquals("octocat", owner.textOf("cloud-login"));

            owner.click("nav-connect");
            owner.click("request-access:submit");
            owner.awaitMessage("Unified contributions are enabled.");
            assertTrue(owner.textOf("contributions-status").startsWith("Enabled on"), owner.textOf("contributions-status"));
            assertTrue(owner.isVisible("disable-contributions"));
        }
    }

    @Test
    @Order(2)
    void aUserConnectsAuthorizesAndChoosesToSendTheirCounts() {
        addUser(MONA, "member");
        addVerifiedEmail(MONA, MONA_EMAIL);
        try (ConsoleBrowser mona = new ConsoleBrowser("en-US")) {
            mona.signUpToCloud(CLOUD_MONA, CLOUD_PASSWORD);
            mona.signInToInstance(MONA, ContributionsDriver.PASSWORD);
            mona.click("nav-user-connect");
            mona.click("connect:submit");
            assertTrue(mona.textOf("shared").contains("Nothing about the contributions themselves"),
                    "the cloud shows what is shared");
            mona.click("link:authorize");

            assertEquals(CLOUD_MONA, mona.textOf("cloud-login"));
            mona.awaitMessage("Connected to " + CLOUD_MONA + " on GitHub.com.");
            assertFalse(mona.isChecked("contributions:send"));
            mona.click("contributions:send");
            mona.click("contributions:update");
            mona.awaitMessage("starting with the past 90 days");
            assertTrue(mona.isChecked("contributions:send"));
        }
    }

    @Test
    @Order(3)
    void webhookDeliveriesArriveASiteAdministratorSyncsAndTheCloudProfileShowsTheCounts() {
        LocalDate today = today();
        String secret = webhookSecret();
        Map<String, Instant> commits = new LinkedHashMap<>();
        commits.put(MONA_EMAIL, today.atTime(9, 0).toInstant(ZoneOffset.UTC));
        JsonNode pushed = json(deliver("push", UUID.randomUUID().toString(), push(8101, commits), secret));
        assertEquals(1, pushed.get("counted").asInt(), pushed.toString());
        assertEquals(1, json(deliver("issues", UUID.randomUUID().toString(),
                issueOpened(8101, 3, MONA, today.minusDays(2).atTime(12, 0).toInstant(ZoneOffset.UTC)), secret))
                .get("counted").asInt());
        setCounts(MONA, Map.of(today.minusDays(10), 5, today.minusDays(60), 2, today.minusDays(89), 1,
                today.minusDays(100), 7));

        try (ConsoleBrowser admin = new ConsoleBrowser("en-US")) {
            admin.signInToInstance(Http.ADMIN, Http.ADMIN_PASSWORD);
            admin.click("nav-sync");
            assertEquals("Enabled", admin.textOf("feature-status"));
            long before = lastRunId();
            admin.click("sync-now:submit");
            admin.awaitMessage("Sync started.");
            JsonNode run = waitForRunAfter(before, Duration.ofMinutes(2));
            assertEquals("SUCCEEDED", run.get("status").asText(), run.toString());
            admin.open(Http.INSTANCE + "/admin/contributions/sync.xhtml");
            assertTrue(admin.textOf("history").contains("Succeeded"), admin.textOf("history"));
            assertTrue(admin.textOf("history").contains("Sync now (admin)"), admin.textOf("history"));

            admin.open(Http.CLOUD + "/users/" + CLOUD_MONA);
            assertTrue(admin.page().contains(ContributionsDriver.SOURCE), "the profile names the source");
        }
        assertEquals(Map.of(today, 1, today.minusDays(2), 1, today.minusDays(10), 5, today.minusDays(60), 2,
                today.minusDays(89), 1, today.minusDays(100), 7), cloudCounts(CLOUD_MONA, today.minusDays(120), today));
        assertEquals(instanceCounts(MONA, today.minusDays(364), today), cloudCounts(CLOUD_MONA, today.minusDays(364), today));
    }

    @Test
    @Order(4)
    void theUserOptsOutAndTheirCountsAreGoneThenConnectsAgainAndThePast90DaysAreBack() {
        LocalDate today = today();
        try (ConsoleBrowser mona = new ConsoleBrowser("en-US")) {
            mona.signInToCloud(CLOUD_MONA, CLOUD_PASSWORD);
            mona.signInToInstance(MONA, ContributionsDriver.PASSWORD);
            mona.click("nav-user-connect");
            mona.click("contributions:send");
            mona.click("contributions:update");
            mona.awaitMessage("The counts sent were deleted on GitHub.com.");
            assertEquals(Map.of(), cloudCounts(CLOUD_MONA, today.minusDays(364), today));

            mona.click("disconnect:submit");
            mona.awaitMessage("Disconnected from GitHub.com.");
            mona.awaitVisible("connect:submit");
            mona.click("connect:submit");
            mona.click("link:authorize");
            assertEquals(CLOUD_MONA, mona.textOf("cloud-login"));
            mona.click("contributions:send");
            mona.click("contributions:update");
            mona.awaitMessage("starting with the past 90 days");
        }
        Map<LocalDate, Integer> past90Days = instanceCounts(MONA, today.minusDays(89), today);
        assertEquals(5, past90Days.size());
        Instant deadline = Instant.now().plusSeconds(90);
        while (!past90Days.equals(cloudCounts(CLOUD_MONA, today.minusDays(364), today))) {
            assertTrue(Instant.now().isBefore(deadline), "the past 90 days are back, and only they: "
                    + cloudCounts(CLOUD_MONA, today.minusDays(364), today));
            ServerControl.sleep(500);
        }
    }

    @Test
    @Order(5)
    void theJapaneseConsoleNamesTheControlsAsTheJapaneseHelpGlossesThemAndLinksTheHelp() {
        try (ConsoleBrowser mona = new ConsoleBrowser("ja-JP")) {
            mona.signInToInstance(MONA, ContributionsDriver.PASSWORD);
            mona.open(Http.INSTANCE + "/settings/connect.xhtml");
            assertTrue(mona.textOf("contributions").contains("コントリビューション数を GitHub.com に送信する"),
                    mona.textOf("contributions"));
            assertEquals("コントリビューションを更新", mona.attribute("contributions:update", "value"));
            String help = mona.attribute("help-link", "href");
            assertTrue(help.endsWith("/help/ja/enterprise-server@3.1/admin/configuration/managing-connections-between-"
                    + "github-enterprise-server-and-github-enterprise-cloud/connecting-a-user-account-and-sending-"
                    + "contribution-counts"), help);
            assertEquals(200, Http.get(help).statusCode(), "the help page exists: " + help);

            mona.open(Http.INSTANCE + "/admin/connect.xhtml");
            assertTrue(mona.textOf("unified-contributions").contains("ユーザーは GitHub.com にコントリビューション数を共有できます"));
            assertEquals(200, Http.get(mona.attribute("contributions-help", "href")).statusCode());
        }
        try (ConsoleBrowser admin = new ConsoleBrowser("ja-JP")) {
            admin.signInToInstance(Http.ADMIN, Http.ADMIN_PASSWORD);
            admin.open(Http.INSTANCE + "/admin/contributions/sync.xhtml");
            assertEquals("今すぐ同期", admin.attribute("sync-now:submit", "value"));
            assertTrue(admin.page().contains("<h1>同期の状態</h1>"));
            assertEquals(200, Http.get(admin.attribute("help-link", "href")).statusCode());
        }
    }
}
