package io.enterpriseconnect.cloud.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kohsuke.github.GHApp;
import org.kohsuke.github.GHAppInstallation;
import org.kohsuke.github.GHAppInstallationToken;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;

/**
 * An existing GitHub App client library (org.kohsuke:github-api), pointed at the cloud's /api/v3,
 * works unchanged: it reads the app, lists its installations, creates and revokes installation
 * tokens, and deletes the installation.
 */
public abstract class GitHubAppClientChecks {

    @Test
    void githubApiClientWorksAgainstTheCloud() throws IOException {
        CloudUnderTest cloud = CloudUnderTest.required();
        JsonNode created = cloud.connectNewInstance("ghe-client.example.test");
        long appId = created.path("id").asLong();
        String jwt = AppJwts.jwt(appId, AppJwts.privateKey(created.path("pem").asText()));
        String endpoint = cloud.url.replaceAll("/+$", "") + "/api/v3";

        GitHub asApp = new GitHubBuilder().withEndpoint(endpoint).withJwtToken(jwt).build();
        GHApp app = asApp.getApp();
        assertEquals(appId, app.getId());
        assertEquals(created.path("slug").asText(), app.getSlug());
        assertEquals(cloud.account, app.getOwner().getLogin());
        assertEquals("write", app.getPermissions().get("connection_records"));

        List<GHAppInstallation> installations = app.listInstallations().toList();
        assertEquals(1, installations.size());
        GHAppInstallation installation = installations.get(0);
        assertEquals(cloud.account, installation.getAccount().getLogin());
        assertEquals(installation.getId(), app.getInstallationById(installation.getId()).getId());

        GHAppInstallationToken token = installation.createToken().create();
        assertTrue(token.getToken().startsWith("ghs_"));
        Duration lifetime = Duration.between(Instant.now(), token.getExpiresAt().toInstant());
        assertTrue(lifetime.toMinutes() >= 58 && lifetime.toMinutes() <= 60, lifetime::toString);

        installation.deleteInstallation();
        assertThrows(IOException.class, () -> new GitHubBuilder().withEndpoint(endpoint).withJwtToken(jwt).build()
                .getApp(), "the app and its credentials are gone with the installation");
    }
}
