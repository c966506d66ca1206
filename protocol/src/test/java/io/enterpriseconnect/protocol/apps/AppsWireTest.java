package io.enterpriseconnect.protocol.apps;

import static io.enterpriseconnect.protocol.Wire.assertRoundTrip;
import static io.enterpriseconnect.protocol.Wire.fromJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppsWireTest {

    static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");
    static final AppAccount OWNER = new AppAccount("acme", 7, null, "Acme Corp", "Organization", false,
            "https://cloud.example/api/v3/orgs/acme", "https://cloud.example/account?login=acme");
    static final String OWNER_JSON = """
            {"login":"acme","id":7,"name":"Acme Corp","type":"Organization","site_admin":false,
             "url":"https://cloud.example/api/v3/orgs/acme","html_url":"https://cloud.example/account?login=acme"}""";

    @Test
    void theAppHasGitHubsFieldNames() {
        assertRoundTrip(new GitHubApp(12, "ghe-connect-acme", "Iv1.abc", OWNER, "GitHub Connect", "For ghe.acme.test",
                "https://ghe.acme.test", "https://cloud.example/account?login=acme", CREATED, CREATED,
                Map.of("metadata", "read"), List.of(), 1), """
                {"id":12,"slug":"ghe-connect-acme","client_id":"Iv1.abc","owner":%s,"name":"GitHub Connect",
                 "description":"For ghe.acme.test","external_url":"https://ghe.acme.test",
                 "html_url":"https://cloud.example/account?login=acme","created_at":"2026-11-20T10:00:00Z",
                 "updated_at":"2026-11-20T10:00:00Z","permissions":{"metadata":"read"},"events":[],
                 "installations_count":1}""".formatted(OWNER_JSON));
    }

    @Test
    void anInstallationHasGitHubsFieldNames() {
        assertRoundTrip(new AppInstallation(3, OWNER, "all", "https://cloud.example/api/v3/app/installations/3/access_tokens",
                "https://cloud.example/api/v3/installation/repositories", "https://cloud.example/account?login=acme", 12,
                "ghe-connect-acme", 7, "Organization", Map.of(), List.of(), CREATED, CREATED), """
                {"id":3,"account":%s,"repository_selection":"all",
                 "access_tokens_url":"https://cloud.example/api/v3/app/installations/3/access_tokens",
                 "repositories_url":"https://cloud.example/api/v3/installation/repositories",
                 "html_url":"https://cloud.example/account?login=acme","app_id":12,"app_slug":"ghe-connect-acme",
                 "target_id":7,"target_type":"Organization","permissions":{},"events":[],
                 "created_at":"2026-11-20T10:00:00Z","updated_at":"2026-11-20T10:00:00Z"}""".formatted(OWNER_JSON));
    }

    @Test
    void anInstallationTokenHasGitHubsFieldNames() {
        assertRoundTrip(new InstallationAccessToken("ghs_abc", Instant.parse("2026-11-20T11:00:00Z"),
                Map.of("metadata", "read"), "all"), """
                {"token":"ghs_abc","expires_at":"2026-11-20T11:00:00Z","permissions":{"metadata":"read"},
                 "repository_selection":"all"}""");
    }

    @Test
    void aManifestConversionCarriesTheCredentials() {
        assertRoundTrip(new ManifestConversion(12, "ghe-connect-acme", OWNER, "GitHub Connect", null, null, null,
                CREATED, CREATED, "Iv1.abc", "secret", "hook", "-----BEGIN RSA PRIVATE KEY-----\nMII\n", Map.of(),
                List.of()), """
                {"id":12,"slug":"ghe-connect-acme","owner":%s,"name":"GitHub Connect",
                 "created_at":"2026-11-20T10:00:00Z","updated_at":"2026-11-20T10:00:00Z","client_id":"Iv1.abc",
                 "client_secret":"secret","webhook_secret":"hook","pem":"-----BEGIN RSA PRIVATE KEY-----\\nMII\\n",
                 "permissions":{},"events":[]}""".formatted(OWNER_JSON));
    }

    /** GitHub answers with more than we model (here the token's repositories): the rest is skipped. */
    @Test
    void fieldsWeDoNotModelAreSkipped() {
        InstallationAccessToken token = fromJson("""
                {"token":"ghs_16C7e42F292c6912E7710c838347Ae178B4a","expires_at":"2016-07-11T22:14:10Z",
                 "permissions":{"issues":"write","contents":"read"},"repository_selection":"selected",
                 "repositories":[{"id":1296269,"node_id":"MDEwOlJlcG9zaXRvcnkxMjk2MjY5","name":"Hello-World"}]}""",
                InstallationAccessToken.class);
        assertEquals(Instant.parse("2016-07-11T22:14:10Z"), token.expiresAt());
        assertEquals("write", token.permissions().get("issues"));
    }

    @Test
    void fieldsAnOlderCloudLeavesOutAreNull() {
        GitHubApp app = fromJson("{\"id\":12,\"client_id\":\"Iv1.abc\"}", GitHubApp.class);
        assertEquals("Iv1.abc", app.clientId());
        assertNull(app.owner());
    }
}
