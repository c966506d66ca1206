package io.enterpriseconnect.cloud.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enterpriseconnect.cloud.apps.AppJwts;
import io.enterpriseconnect.cloud.apps.CloudBrowser;
import io.enterpriseconnect.cloud.apps.CloudUnderTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unified contributions against a deployed cloud, as the instance drives them: an owner requests
 * access (standard terms: enabled at once; custom terms: a cloud administrator decides), a user
 * links their cloud account on the authorization page, the instance sends daily counts, which show
 * on the user's profile labelled with their source, and opt-out, unlinking and disabling delete
 * them. Every check connects its own instance (its own hostname), so checks and runs do not meet.
 */
public abstract class UnifiedContributionsChecks {

    /** The demo enterprise account, on custom terms of service. */
    static final String CUSTOM_TERMS_ACCOUNT = CloudBrowser.property("cloud.custom-terms-account", "octo-enterprise");
    private static final Pattern CODE = Pattern.compile("[?&]code=([0-9a-f]+)");

    private CloudUnderTest cloud;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void cloud() {
        cloud = CloudUnderTest.required();
    }

    @Test
    void standardTermsEnableAtOnceAndCountsShowOnTheProfileLabelledWithTheirSource() {
        Instance instance = connect("ghe-uc-" + suffix() + ".example.test", cloud.account);
        long octocat = cloudUserId(cloud.user, cloud.password);

        assertEquals("not_requested", status(instance).path("status").asText());
        HttpResponse<String> early = instance.post("/installation/contributions", batch(entry(octocat, today, 1)));
        assertEquals(403, early.statusCode(), early::body);
        assertTrue(message(early).contains("not enabled"), early::body);

        HttpResponse<String> enabled = requestAccess(instance, octocat);
        assertEquals(200, enabled.statusCode(), enabled::body);
        assertEquals("enabled", json(enabled).path("status").asText());
        assertFalse(json(enabled).path("updated_at").asText().isEmpty(), enabled::body);
        assertEquals("standard", json(enabled).path("terms_of_service").asText());
        assertEquals("enabled", status(instance).path("status").asText());

        JsonNode linked = link(instance, "mona");
        assertEquals(octocat, linked.path("user_id").asLong());
        assertEquals(cloud.user, linked.path("login").asText());

        String counts = batch(entry(octocat, today, 12), entry(octocat, today.minusDays(1), 3),
                entry(octocat, today.minusDays(89), 1));
        for (int time = 0; time < 2; time++) {
            HttpResponse<String> applied = instance.post("/installation/contributions", counts);
            assertEquals(200, applied.statusCode(), applied::body);
            assertEquals(3, json(applied).path("applied").asInt(), "the same batch twice is applied the same way");
        }
        assertEquals(Map.of(today, 12, today.minusDays(1), 3, today.minusDays(89), 1), countsFrom(instance));

        HttpResponse<String> profile = new CloudBrowser(cloud.url).get("/users/" + cloud.user);
        assertEquals(200, profile.statusCode(), "profiles are public");
        assertTrue(profile.body().contains("private contributions from " + instance.hostname), profile::body);
        assertTrue(profile.body().contains("12 private contributions from " + instance.hostname + " on "), profile::body);
        assertTrue(profile.body().contains("data-date=\"" + today + "\""), profile::body);

        HttpResponse<String> zero = instance.post("/installation/contributions",
                batch(entry(octocat, today.minusDays(1), 0), entry(octocat, today, 13)));
        assertEquals(200, zero.statusCode(), zero::body);
        assertEquals(Map.of(today, 13, today.minusDays(89), 1), countsFrom(instance), "a count is set; zero deletes it");

        instance.disconnect();
        assertEquals(Map.of(), countsFrom(instance), "a disconnected instance's counts are deleted with it");
    }

    @Test
    void aBatchWithABadEntryIsRefusedWholeNamingEachEntryAndField() {
        Instance instance = enabledAndLinked("ghe-bad-" + suffix() + ".example.test", "mona");
        long octocat = instance.linkedUser;
        assertEquals(200, instance.post("/installation/contributions", batch(entry(octocat, today, 4))).statusCode());

        HttpResponse<String> refused = instance.post("/installation/contributions", batch(entry(octocat, today, 5),
                entry(octocat, today.plusDays(2), 1), entry(987654321L, today, 1), entry(octocat, today.minusDays(400), 1),
                entry(octocat, today.minusDays(3), 100001)));
        assertEquals(422, refused.statusCode(), refused::body);
        JsonNode body = json(refused);
        assertEquals("Validation Failed", body.path("message").asText());
        assertEquals("[\"counts[1].day\",\"counts[2].user_id\",\"counts[3].day\",\"counts[4].count\"]",
                fields(body), refused::body);
        assertEquals(Map.of(today, 4), countsFrom(instance), "nothing of a refused batch is applied");

        HttpResponse<String> unreadable = instance.post("/installation/contributions", "{\"counts\": [");
        assertEquals(400, unreadable.statusCode(), unreadable::body);
        instance.disconnect();
    }

    @Test
    void optingOutDeletesTheUsersCountsAndReSendingRestoresThem() {
        Instance instance = enabledAndLinked("ghe-optout-" + suffix() + ".example.test", "mona");
        String days = batch(entry(instance.linkedUser, today, 2), entry(instance.linkedUser, today.minusDays(30), 6));
        assertEquals(200, instance.post("/installation/contributions", days).statusCode());

        assertEquals(204, instance.delete("/installation/contributions/users/" + instance.linkedUser).statusCode());
        assertEquals(Map.of(), countsFrom(instance));
        assertFalse(new CloudBrowser(cloud.url).get("/users/" + cloud.user).body().contains(instance.hostname),
                "gone from the profile");

        assertEquals(200, instance.post("/installation/contributions", days).statusCode());
        assertEquals(Map.of(today, 2, today.minusDays(30), 6), countsFrom(instance), "the instance re-sends: restored");
        instance.disconnect();
    }

    @Test
    void unlinkingDeletesTheUsersCountsAndRefusesNewOnes() {
        Instance instance = enabledAndLinked("ghe-unlink-" + suffix() + ".example.test", "mona");
        assertEquals(200, instance.post("/installation/contributions", batch(entry(instance.linkedUser, today, 2)))
                .statusCode());

        assertEquals(204, instance.delete("/installation/user-links/" + instance.linkedUser).statusCode());
        assertEquals(204, instance.delete("/installation/user-links/" + instance.linkedUser).statusCode(), "idempotent");
        assertEquals(Map.of(), countsFrom(instance));
        HttpResponse<String> refused = instance.post("/installation/contributions", batch(entry(instance.linkedUser, today, 2)));
        assertEquals(422, refused.statusCode(), refused::body);
        assertTrue(refused.body().contains("not linked"), refused::body);

        link(instance, "mona");
        assertEquals(200, instance.post("/installation/contributions", batch(entry(instance.linkedUser, today, 2)))
                .statusCode(), "linked again, the counts are accepted again");
        instance.disconnect();
    }

    @Test
    void disablingDeletesEveryCountFromTheInstance() {
        Instance instance = enabledAndLinked("ghe-disable-" + suffix() + ".example.test", "mona");
        assertEquals(200, instance.post("/installation/contributions", batch(entry(instance.linkedUser, today, 9)))
                .statusCode());

        assertEquals(204, instance.delete("/installation/unified-contributions").statusCode());
        assertEquals("not_requested", status(instance).path("status").asText());
        assertEquals(Map.of(), countsFrom(instance));
        HttpResponse<String> refused = instance.post("/installation/contributions", batch(entry(instance.linkedUser, today, 9)));
        assertEquals(403, refused.statusCode(), refused::body);
        instance.disconnect();
    }

    @Test
    void customTermsWaitForACloudAdministratorWhoApprovesOrDenies() {
        Instance instance = connect("ghe-custom-" + suffix() + ".example.test", CUSTOM_TERMS_ACCOUNT);
        long octocat = cloudUserId(cloud.user, cloud.password);
        HttpResponse<String> pending = requestAccess(instance, octocat);
        assertEquals(200, pending.statusCode(), pending::body);
        assertEquals("pending", json(pending).path("status").asText());
        assertEquals("custom", json(pending).path("terms_of_service").asText());
        assertEquals("pending", status(instance).path("status").asText());
        assertEquals(403, instance.post("/installation/contributions", batch()).statusCode(), "not while pending");

        String adminPassword = cloud.adminPassword();
        assumeTrue(adminPassword != null, "no cloud administrator's password (cloud.admin.password or wildfly.log)");
        CloudBrowser admin = new CloudBrowser(cloud.url);
        admin.signIn("cloud-admin", adminPassword);
        decide(admin, instance.hostname, "Approve");
        JsonNode approved = status(instance);
        assertEquals("enabled", approved.path("status").asText());
        assertEquals("cloud-admin", approved.path("decided_by").asText());
        assertFalse(approved.path("decided_at").asText().isEmpty());

        assertEquals(204, instance.delete("/installation/unified-contributions").statusCode());
        assertEquals("pending", json(requestAccess(instance, octocat)).path("status").asText(), "a new request waits again");
        decide(admin, instance.hostname, "Deny");
        assertEquals("denied", status(instance).path("status").asText());
        assertEquals(403, instance.post("/installation/contributions", batch()).statusCode());
        instance.disconnect();
    }

    @Test
    void onlyAnOwnerOfTheConnectedAccountCanRequestAccess() {
        Instance instance = connect("ghe-owner-" + suffix() + ".example.test", cloud.account);
        String login = "uc-" + suffix();
        signUp(login, "unified contributions 2026");
        long stranger = cloudUserId(login, "unified contributions 2026");

        HttpResponse<String> refused = requestAccess(instance, stranger);
        assertEquals(403, refused.statusCode(), refused::body);
        assertTrue(message(refused).contains("not an owner of the organization " + cloud.account), refused::body);
        HttpResponse<String> missing = instance.put("/installation/unified-contributions", "{}");
        assertEquals(422, missing.statusCode(), missing::body);
        assertTrue(fields(json(missing)).contains("requested_by_user_id"), missing::body);
        assertEquals("missing_field", json(missing).path("errors").path(0).path("code").asText(), missing::body);
        assertEquals("not_requested", status(instance).path("status").asText());
        instance.disconnect();
    }

    @Test
    void theAuthorizationPageSaysWhatIsSharedAndCancelReturnsWithoutACode() {
        Instance instance = connect("ghe-page-" + suffix() + ".example.test", cloud.account);
        CloudBrowser browser = cloud.signedInBrowser();
        HttpResponse<String> page = browser.get(authorizePath(instance, "s1", "http://" + instance.hostname + "/cb", "mona"));
        assertEquals(200, page.statusCode(), page::body);
        String text = page.body().replaceAll("\\s+", " ");
        assertTrue(text.contains("The number of contributions per day on " + instance.hostname + ", and that "
                + instance.hostname + " is their source."), page::body);
        assertTrue(page.body().contains("Nothing about the contributions themselves"), page::body);

        HttpResponse<String> cancelled = browser.submit(page, "link", "link:cancel", Map.of());
        assertEquals(302, cancelled.statusCode(), cancelled::body);
        assertEquals("http://" + instance.hostname + "/cb?error=access_denied&state=s1",
                cancelled.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> elsewhere = browser.get(authorizePath(instance, "s2", "https://evil.example/cb", "mona"));
        assertTrue(elsewhere.body().contains("This request cannot be used")
                && elsewhere.body().contains("redirect_uri must be on the instance"), elsewhere::body);
        assertFalse(elsewhere.body().contains("link:authorize"), "no Authorize button for a bad request");

        HttpResponse<String> anonymous = new CloudBrowser(cloud.url).get(authorizePath(instance, "s3",
                "http://" + instance.hostname + "/cb", "mona"));
        assertEquals(302, anonymous.statusCode(), "sign-in first");
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("/sign-in?next="));
        instance.disconnect();
    }

    @Test
    void aCloudUserIsLinkedFromOneUserOfAnInstanceAndACodeWorksOnce() {
        Instance instance = connect("ghe-once-" + suffix() + ".example.test", cloud.account);
        CloudBrowser browser = cloud.signedInBrowser();
        String code = authorize(browser, instance, "mona");
        HttpResponse<String> first = instance.post("/installation/user-links", "{\"code\": \"" + code + "\"}");
        assertEquals(201, first.statusCode(), first::body);
        HttpResponse<String> again = instance.post("/installation/user-links", "{\"code\": \"" + code + "\"}");
        assertEquals(422, again.statusCode(), again::body);
        assertEquals("[\"code\"]", fields(json(again)));

        HttpResponse<String> otherUser = browser.get(authorizePath(instance, "s", "http://" + instance.hostname + "/cb",
                "hubot"));
        assertTrue(otherUser.body().contains("already receives contributions from the user mona"), otherUser::body);
        assertFalse(otherUser.body().contains("link:authorize"), "no Authorize button");

        Instance other = connect("ghe-twice-" + suffix() + ".example.test", cloud.account);
        String stolen = authorize(browser, other, "mona");
        HttpResponse<String> wrongInstallation = instance.post("/installation/user-links", "{\"code\": \"" + stolen + "\"}");
        assertEquals(422, wrongInstallation.statusCode(), "a code works only for the instance it was made for");
        other.disconnect();
        instance.disconnect();
    }

    @Test
    void profilesAndTheirJsonAreForExistingUsersOnly() {
        String nobody = "nobody-" + suffix();
        assertEquals(404, new CloudBrowser(cloud.url).get("/users/" + nobody).statusCode());
        HttpResponse<String> json = cloud.api("GET", "/users/" + nobody + "/contributions", null, null);
        assertEquals(404, json.statusCode(), json::body);
        HttpResponse<String> reversed = cloud.api("GET", "/users/" + cloud.user + "/contributions?from=2026-11-20&to=2026-11-01",
                null, null);
        assertEquals(422, reversed.statusCode(), reversed::body);
        HttpResponse<String> notADate = cloud.api("GET", "/users/" + cloud.user + "/contributions?from=2026-11-20&to=2026-02-30",
                null, null);
        assertEquals(422, notADate.statusCode(), notADate::body);
        assertEquals("[\"to\"]", fields(json(notADate)), notADate::body);
        assertEquals("invalid", json(notADate).path("errors").path(0).path("code").asText(), notADate::body);
        HttpResponse<String> whole = cloud.api("GET", "/users/" + cloud.user + "/contributions", null, null);
        assertEquals(200, whole.statusCode(), whole::body);
        assertEquals(today.toString(), json(whole).path("to").asText());
        LocalDate sundayOfThisWeek = today.minusDays(today.getDayOfWeek().getValue() % 7);
        assertEquals(sundayOfThisWeek.minusWeeks(52).toString(), json(whole).path("from").asText(),
                "by default the profile calendar's 53 weeks");
    }

    // ---- the instance's side, as the checks play it

    /** A connected instance: its hostname, its installation token and (once linked) its cloud user. */
    final class Instance {

        final String hostname;
        final JsonNode app;
        final String token;
        long linkedUser;

        Instance(String hostname, JsonNode app, String token) {
            this.hostname = hostname;
            this.app = app;
            this.token = token;
        }

        HttpResponse<String> post(String path, String body) {
            return cloud.api("POST", path, token, body);
        }

        HttpResponse<String> put(String path, String body) {
            return cloud.api("PUT", path, token, body);
        }

        HttpResponse<String> delete(String path) {
            return cloud.api("DELETE", path, token, null);
        }

        void disconnect() {
            String jwt = "Bearer " + AppJwts.jwt(app.path("id").asLong(), AppJwts.privateKey(app.path("pem").asText()));
            long installation = json(cloud.api("GET", "/app/installations", jwt, null)).get(0).path("id").asLong();
            assertEquals(204, cloud.api("DELETE", "/app/installations/" + installation, jwt, null).statusCode());
        }
    }

    private Instance connect(String hostname, String accountLogin) {
        JsonNode app = cloud.connectNewInstance(hostname, accountLogin);
        String jwt = "Bearer " + AppJwts.jwt(app.path("id").asLong(), AppJwts.privateKey(app.path("pem").asText()));
        long installation = json(cloud.api("GET", "/app/installations", jwt, null)).get(0).path("id").asLong();
        HttpResponse<String> token = cloud.api("POST", "/app/installations/" + installation + "/access_tokens", jwt, null);
        assertEquals(201, token.statusCode(), token::body);
        return new Instance(hostname, app, "token " + json(token).path("token").asText());
    }

    private Instance enabledAndLinked(String hostname, String instanceLogin) {
        Instance instance = connect(hostname, cloud.account);
        HttpResponse<String> enabled = requestAccess(instance, cloudUserId(cloud.user, cloud.password));
        assertEquals("enabled", json(enabled).path("status").asText(), enabled::body);
        link(instance, instanceLogin);
        return instance;
    }

    private HttpResponse<String> requestAccess(Instance instance, long requester) {
        return instance.put("/installation/unified-contributions", "{\"requested_by_user_id\": " + requester + "}");
    }

    private JsonNode status(Instance instance) {
        HttpResponse<String> status = cloud.api("GET", "/installation/unified-contributions", instance.token, null);
        assertEquals(200, status.statusCode(), status::body);
        return json(status);
    }

    /** The signed-in user authorizes on the cloud's page; the instance trades the code for the link. */
    private JsonNode link(Instance instance, String instanceLogin) {
        String code = authorize(cloud.signedInBrowser(), instance, instanceLogin);
        HttpResponse<String> linked = instance.post("/installation/user-links", "{\"code\": \"" + code + "\"}");
        assertEquals(201, linked.statusCode(), linked::body);
        instance.linkedUser = json(linked).path("user_id").asLong();
        assertEquals(instanceLogin, json(linked).path("instance_login").asText());
        return json(linked);
    }

    private String authorize(CloudBrowser browser, Instance instance, String instanceLogin) {
        String state = "state-" + suffix();
        HttpResponse<String> page = browser.get(authorizePath(instance, state, "http://" + instance.hostname
                + ":8080/settings/contributions/callback", instanceLogin));
        assertEquals(200, page.statusCode(), page::body);
        HttpResponse<String> authorized = browser.submit(page, "link", "link:authorize", Map.of());
        assertEquals(302, authorized.statusCode(), authorized::body);
        String location = authorized.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("http://" + instance.hostname + ":8080/settings/contributions/callback?"), location);
        assertTrue(location.endsWith("&state=" + state), location);
        Matcher code = CODE.matcher(location);
        assertTrue(code.find(), location);
        return code.group(1);
    }

    private static String authorizePath(Instance instance, String state, String redirectUri, String instanceLogin) {
        return "/connect/contributions/authorize?client_id=" + CloudBrowser.enc(instance.app.path("client_id").asText())
                + "&state=" + CloudBrowser.enc(state) + "&redirect_uri=" + CloudBrowser.enc(redirectUri)
                + "&instance_login=" + CloudBrowser.enc(instanceLogin);
    }

    /** The counts the user's profile JSON has from this instance, by day. */
    private Map<LocalDate, Integer> countsFrom(Instance instance) {
        HttpResponse<String> response = cloud.api("GET", "/users/" + cloud.user + "/contributions?from="
                + today.minusDays(366) + "&to=" + today, null, null);
        assertEquals(200, response.statusCode(), response::body);
        Map<LocalDate, Integer> counts = new java.util.HashMap<>();
        for (JsonNode day : json(response).path("days")) {
            for (JsonNode source : day.path("sources")) {
                if (source.path("hostname").asText().equals(instance.hostname)) {
                    counts.put(LocalDate.parse(day.path("date").asText()), source.path("count").asInt());
                }
            }
        }
        return counts;
    }

    /** The administrator's Approve or Deny in the row of the instance on the requests page. */
    private void decide(CloudBrowser admin, String hostname, String button) {
        HttpResponse<String> page = admin.get("/admin/unified-contributions");
        assertEquals(200, page.statusCode(), page::body);
        int row = page.body().indexOf(hostname);
        assertTrue(row >= 0, () -> hostname + " is not listed:\n" + page.body());
        Matcher name = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"" + button + "\"").matcher(page.body());
        assertTrue(name.find(row), "no " + button + " button for " + hostname);
        HttpResponse<String> decided = admin.submit(page, "pending", name.group(1), Map.of());
        assertEquals(302, decided.statusCode(), decided::body);
    }

    private long cloudUserId(String login, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> user = cloud.api("GET", "/user", basic, null);
        assertEquals(200, user.statusCode(), user::body);
        return json(user).path("id").asLong();
    }

    private void signUp(String login, String password) {
        CloudBrowser browser = new CloudBrowser(cloud.url);
        HttpResponse<String> signUp = browser.submit(browser.get("/sign-up"), "sign-up", "sign-up:submit",
                Map.of("sign-up:login", login, "sign-up:email", login + "@example.com", "sign-up:password", password));
        assertEquals(302, signUp.statusCode(), signUp::body);
    }

    private static String batch(String... entries) {
        return "{\"batch_id\": \"" + UUID.randomUUID() + "\", \"counts\": [" + String.join(",", entries) + "]}";
    }

    private static String entry(long userId, LocalDate day, int count) {
        return "{\"user_id\": " + userId + ", \"day\": \"" + day + "\", \"count\": " + count + "}";
    }

    private static JsonNode json(HttpResponse<String> response) {
        return CloudUnderTest.json(response);
    }

    private static String message(HttpResponse<String> response) {
        return json(response).path("message").asText();
    }

    private static String fields(JsonNode error) {
        StringBuilder fields = new StringBuilder("[");
        for (JsonNode each : error.path("errors")) {
            fields.append(fields.length() > 1 ? "," : "").append('"').append(each.path("field").asText()).append('"');
        }
        return fields.append(']').toString();
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }
}
