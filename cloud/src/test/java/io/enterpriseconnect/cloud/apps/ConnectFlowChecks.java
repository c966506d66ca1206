package io.enterpriseconnect.cloud.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Connect protocol against a deployed cloud, as the instance drives it: the owner's
 * browser connects, the instance converts the code, mints JWTs, takes installation tokens, keeps its
 * connection record, and is disconnected.
 */
public abstract class ConnectFlowChecks {

    private CloudUnderTest cloud;

    @BeforeEach
    void cloud() {
        cloud = CloudUnderTest.required();
    }

    @Test
    void anInstanceConnectsWorksWithItsCredentialsAndIsDisconnected() throws Exception {
        JsonNode app = cloud.connectNewInstance("ghe-flow.example.test");
        assertEquals(cloud.account, app.path("owner").path("login").asText());
        assertTrue(app.path("pem").asText().startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        assertTrue(app.path("client_id").asText().startsWith("Iv1."));
        assertFalse(app.path("webhook_secret").asText().isEmpty());
        long appId = app.path("id").asLong();
        PrivateKey key = AppJwts.privateKey(app.path("pem").asText());
        String jwt = "Bearer " + AppJwts.jwt(appId, key);

        HttpResponse<String> self = cloud.api("GET", "/app", jwt, null);
        assertEquals(200, self.statusCode(), self::body);
        assertEquals(app.path("slug").asText(), CloudUnderTest.json(self).path("slug").asText());

        JsonNode installations = CloudUnderTest.json(cloud.api("GET", "/app/installations", jwt, null));
        assertEquals(1, installations.size());
        long installationId = installations.get(0).path("id").asLong();
        assertEquals(cloud.account, installations.get(0).path("account").path("login").asText());

        HttpResponse<String> created = cloud.api("POST", "/app/installations/" + installationId + "/access_tokens", jwt, null);
        assertEquals(201, created.statusCode(), created::body);
        JsonNode token = CloudUnderTest.json(created);
        assertTrue(token.path("token").asText().matches("ghs_[0-9A-Za-z]{36}"), token::toString);
        Duration lifetime = Duration.between(Instant.now(), Instant.parse(token.path("expires_at").asText()));
        assertTrue(lifetime.compareTo(Duration.ofMinutes(58)) > 0 && lifetime.compareTo(Duration.ofMinutes(61)) < 0,
                lifetime::toString);
        String installationAuth = "token " + token.path("token").asText();

        HttpResponse<String> record = cloud.api("PUT", "/installation/connection", installationAuth, """
                {"license_public_key": "-----BEGIN PUBLIC KEY-----\\nMIIB\\n-----END PUBLIC KEY-----",
                 "license_sha256": "%s", "customer_name": "Acme Inc", "hostname": "ghe-flow.example.test",
                 "version": "3.1.2", "tls_enabled": true, "license_consuming_seats": 42,
                 "dormancy_threshold_days": 90, "dormant_users": 3,
                 "enabled_features": [{"name": "unified_contributions", "enabled_at": "2026-11-20T10:00:00Z"}]}
                """.formatted("ab".repeat(32)));
        assertEquals(200, record.statusCode(), record::body);
        JsonNode stored = CloudUnderTest.json(record);
        assertEquals("3.1.2", stored.path("version").asText());
        assertEquals(42, stored.path("license_consuming_seats").asInt());
        assertEquals(cloud.account, stored.path("account").path("login").asText());
        assertEquals(64, stored.path("token_sha256").asText().length());
        assertFalse(record.body().contains(token.path("token").asText()), "the token itself is never stored or shown");
        assertEquals("unified_contributions", stored.path("enabled_features").get(0).path("name").asText());

        HttpResponse<String> invalid = cloud.api("PUT", "/installation/connection", installationAuth,
                "{\"license_public_key\": \"k\", \"license_sha256\": \"nothex\", \"customer_name\": \"Acme\","
                        + " \"version\": \"3.1.2\", \"tls_enabled\": true}");
        assertEquals(422, invalid.statusCode(), invalid::body);
        String fields = CloudUnderTest.json(invalid).path("errors").toString();
        assertTrue(fields.contains("\"hostname\"") && fields.contains("\"license_sha256\""), fields);

        assertEquals(204, cloud.api("DELETE", "/installation/token", installationAuth, null).statusCode());
        assertGitHub401(cloud.api("GET", "/installation/connection", installationAuth, null), "Bad credentials");

        String second = "Bearer " + CloudUnderTest.json(cloud.api("POST",
                "/app/installations/" + installationId + "/access_tokens", jwt, null)).path("token").asText();
        assertEquals(200, cloud.api("GET", "/installation/connection", second, null).statusCode());
        assertEquals(204, cloud.api("DELETE", "/app/installations/" + installationId, jwt, null).statusCode());
        assertGitHub401(cloud.api("GET", "/installation/connection", second, null), "Bad credentials");
        assertEquals(401, cloud.api("GET", "/app", jwt, null).statusCode(), "the app went with its installation");
    }

    @Test
    void anOwnerRemovesAConnectedInstanceAndItsCredentialsStopWorking() {
        JsonNode app = cloud.connectNewInstance("ghe-remove.example.test");
        String jwt = "Bearer " + AppJwts.jwt(app.path("id").asLong(), AppJwts.privateKey(app.path("pem").asText()));
        long installationId = CloudUnderTest.json(cloud.api("GET", "/app/installations", jwt, null)).get(0).path("id").asLong();
        String token = "token " + CloudUnderTest.json(cloud.api("POST",
                "/app/installations/" + installationId + "/access_tokens", jwt, null)).path("token").asText();
        assertEquals(200, cloud.api("GET", "/installation/connection", token, null).statusCode());

        CloudBrowser browser = cloud.signedInBrowser();
        HttpResponse<String> settings = browser.get("/account?login=" + cloud.account);
        assertTrue(settings.body().contains("ghe-remove.example.test"), "the owner sees the connected instance");
        HttpResponse<String> removed = browser.submit(settings, "instances", removeButtonFor(settings.body(), installationId),
                Map.of());
        assertEquals(302, removed.statusCode(), removed::body);
        assertFalse(browser.get("/account?login=" + cloud.account).body().contains("installation " + installationId + ")"));

        assertGitHub401(cloud.api("GET", "/installation/connection", token, null), "Bad credentials");
        assertEquals(401, cloud.api("GET", "/app", jwt, null).statusCode());
    }

    /** The Remove button in the card that names the installation. */
    private static String removeButtonFor(String html, long installationId) {
        int card = html.lastIndexOf("<article", html.indexOf("installation " + installationId + ")"));
        java.util.regex.Matcher button = java.util.regex.Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"Remove\"")
                .matcher(html);
        assertTrue(card >= 0 && button.find(card), "no Remove button for installation " + installationId);
        return button.group(1);
    }

    @Test
    void aCodeWorksOnce() {
        CloudBrowser browser = cloud.signedInBrowser();
        String code = CloudUnderTest.codeFrom(CloudUnderTest.clickConnect(browser, cloud.account, "ghe-once.example.test", "s"), "s");
        HttpResponse<String> first = cloud.api("POST", "/app-manifests/" + code + "/conversions", null, null);
        assertEquals(201, first.statusCode(), first::body);
        HttpResponse<String> again = cloud.api("POST", "/app-manifests/" + code + "/conversions", null, null);
        assertEquals(404, again.statusCode(), again::body);
        assertEquals("Not Found", CloudUnderTest.json(again).path("message").asText());
        disconnect(CloudUnderTest.json(first));
    }

    @Test
    void forgedExpiredAndUnsignedJwtsAreRefused() throws Exception {
        JsonNode app = cloud.connectNewInstance("ghe-jwt.example.test");
        long appId = app.path("id").asLong();
        PrivateKey key = AppJwts.privateKey(app.path("pem").asText());
        Instant now = Instant.now();

        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = AppJwts.jwt(Long.toString(appId), generator.generateKeyPair().getPrivate(), now, now.plusSeconds(300));
        assertGitHub401(cloud.api("GET", "/app", "Bearer " + forged, null), "A JSON web token could not be decoded");

        String expired = AppJwts.jwt(Long.toString(appId), key, now.minusSeconds(900), now.minusSeconds(300));
        assertGitHub401(cloud.api("GET", "/app", "Bearer " + expired, null),
                "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires");

        String tooLong = AppJwts.jwt(Long.toString(appId), key, now, now.plusSeconds(3600));
        assertGitHub401(cloud.api("GET", "/app", "Bearer " + tooLong, null),
                "'Expiration time' claim ('exp') is too far in the future");

        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
                + b64.encodeToString(("{\"iss\":\"" + appId + "\",\"iat\":" + now.getEpochSecond() + ",\"exp\":"
                        + now.plusSeconds(300).getEpochSecond() + "}").getBytes()) + ".";
        assertGitHub401(cloud.api("GET", "/app", "Bearer " + unsigned, null), "A JSON web token could not be decoded");

        disconnect(app);
    }

    @Test
    void theIpAllowListRefusesTheInstanceUntilItsAddressIsOnIt() {
        CloudBrowser browser = cloud.signedInBrowser();
        String code = CloudUnderTest.codeFrom(CloudUnderTest.clickConnect(browser, cloud.account, "ghe-ip.example.test", "s"), "s");
        setAllowList(browser, "192.0.2.0/24");
        try {
            HttpResponse<String> refused = cloud.api("POST", "/app-manifests/" + code + "/conversions", null, null);
            assertEquals(403, refused.statusCode(), refused::body);
            assertTrue(CloudUnderTest.json(refused).path("message").asText().contains("IP allow list"), refused::body);
        } finally {
            setAllowList(browser, "");
        }
        HttpResponse<String> allowed = cloud.api("POST", "/app-manifests/" + code + "/conversions", null, null);
        assertEquals(201, allowed.statusCode(), "a refused conversion does not use up the code: " + allowed.body());
        disconnect(CloudUnderTest.json(allowed));
    }

    @Test
    void aTrialAccountCannotBeConnectedAndTheOwnerIsToldWhy() {
        CloudBrowser browser = new CloudBrowser(cloud.url);
        String login = "trial-" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> signUp = browser.submit(browser.get("/sign-up"), "sign-up", "sign-up:submit",
                Map.of("sign-up:login", login, "sign-up:email", login + "@example.com",
                        "sign-up:password", "trial password 2026"));
        assertEquals(302, signUp.statusCode(), signUp::body);
        HttpResponse<String> created = browser.submit(browser.get("/new-account"), "new-account", "new-account:submit",
                Map.of("new-account:type", "ORGANIZATION", "new-account:login", login + "-org", "new-account:name", ""));
        assertEquals(302, created.statusCode(), created::body);

        HttpResponse<String> refused = CloudUnderTest.clickConnect(browser, login + "-org", "ghe-trial.example.test", "s");
        assertEquals(200, refused.statusCode(), "stays on the page instead of returning to the instance");
        assertTrue(refused.body().contains("is on a trial plan"), refused.body());
    }

    @Test
    void metaAnswersWithoutCredentials() {
        HttpResponse<String> meta = cloud.api("GET", "/meta", null, null);
        assertEquals(200, meta.statusCode(), meta::body);
        assertTrue(CloudUnderTest.json(meta).path("verifiable_password_authentication").asBoolean(), meta::body);
    }

    @Test
    void apiErrorsAreGitHubJson() {
        HttpResponse<String> unknown = cloud.api("GET", "/no/such/route", null, null);
        assertEquals(404, unknown.statusCode());
        assertEquals("Not Found", CloudUnderTest.json(unknown).path("message").asText());
        assertTrue(CloudUnderTest.json(unknown).has("documentation_url"));

        assertGitHub401(cloud.api("GET", "/app", "Bearer not.a.jwt", null), "A JSON web token could not be decoded");
        assertGitHub401(cloud.api("GET", "/app", "token ghs_000000000000000000000000000000000000", null), "Bad credentials");
        assertEquals(401, cloud.api("GET", "/app", null, null).statusCode());
    }

    private void setAllowList(CloudBrowser browser, String ranges) {
        HttpResponse<String> page = browser.get("/account?login=" + cloud.account);
        HttpResponse<String> saved = browser.submit(page, "allow-list", "allow-list:save",
                Map.of("allow-list:ip_allow_list", ranges));
        assertTrue(saved.statusCode() == 302 || saved.statusCode() == 200, saved::body);
    }

    private void disconnect(JsonNode app) {
        String jwt = "Bearer " + AppJwts.jwt(app.path("id").asLong(), AppJwts.privateKey(app.path("pem").asText()));
        JsonNode installations = CloudUnderTest.json(cloud.api("GET", "/app/installations", jwt, null));
        assertEquals(204, cloud.api("DELETE", "/app/installations/" + installations.get(0).path("id").asLong(), jwt, null)
                .statusCode());
    }

    private static void assertGitHub401(HttpResponse<String> response, String message) {
        assertEquals(401, response.statusCode(), response::body);
        JsonNode body = CloudUnderTest.json(response);
        assertEquals(message, body.path("message").asText(), response::body);
        assertTrue(body.has("documentation_url"), response::body);
    }
}
