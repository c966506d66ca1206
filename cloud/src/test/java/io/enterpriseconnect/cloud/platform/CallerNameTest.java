package io.enterpriseconnect.cloud.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerNameTest {

    @Test
    void appCallerCarriesTheAppId() {
        assertEquals(Optional.of(42L), CallerName.appId(CallerName.app(42)));
        assertTrue(CallerName.installationId(CallerName.app(42)).isEmpty());
    }

    @Test
    void installationCallerCarriesInstallationAndToken() {
        String name = CallerName.installation(7, 99);
        assertEquals(Optional.of(7L), CallerName.installationId(name));
        assertEquals(Optional.of(99L), CallerName.tokenId(name));
        assertTrue(CallerName.appId(name).isEmpty());
    }

    @Test
    void userLoginsAreNeitherAppsNorInstallations() {
        assertTrue(CallerName.appId("octocat").isEmpty());
        assertTrue(CallerName.installationId("octocat").isEmpty());
    }
}
