package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.ADMIN;
import static io.enterpriseconnect.system.Http.ADMIN_PASSWORD;
import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Someone who is not a site administrator sees GitHub Connect's state, why they cannot change it, and no buttons. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectConsoleRolesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Test
    void anEnterpriseOwnerSeesWhyNotAndNoButtons() {
        String login = "owner" + Long.toString(System.nanoTime(), 36);
        assertEquals(201, Http.postJson(INSTANCE + "/api/users", "{\"login\":\"" + login
                + "\",\"password\":\"owner password 2026\",\"roles\":[\"enterprise-owner\"]}", ADMIN, ADMIN_PASSWORD)
                .statusCode());
        InstanceConnect.admin().reset();
        try (ConsoleBrowser browser = new ConsoleBrowser("en-US")) {
            browser.signInToInstance(login, "owner password 2026");
            assertEquals("GitHub.com is not enabled yet", browser.textOf("not-enabled"));
            assertTrue(browser.textOf("why-not").startsWith("Only site administrators can change GitHub Connect"));
            assertFalse(browser.isVisible("enable:submit"));
            assertFalse(browser.isVisible("test:submit"));
            assertFalse(browser.isVisible("audit"));
        }
    }
}
