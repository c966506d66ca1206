package io.enterpriseconnect.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every call to the cloud goes through the configured outbound proxy, and "Test connection" says why it cannot. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectThroughProxyIT {

    private static final List<String> PROXY_SETTINGS = List.of("instance.proxy.host", "instance.proxy.port",
            "instance.proxy.user", "instance.proxy.password", "instance.proxy.non-proxy-hosts");
    private final InstanceConnect admin = InstanceConnect.admin();
    private ServerControl server;
    private TestProxy proxy;

    @Deployment(name = "instance", order = 2, testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    @BeforeEach
    void proxy() {
        server = ServerControl.connect();
        proxy = new TestProxy("svc-connect", "proxy password");
        server.setProperty("instance.proxy.host", "localhost");
        server.setProperty("instance.proxy.port", Integer.toString(proxy.port()));
        server.setProperty("instance.proxy.user", "svc-connect");
        server.setProperty("instance.proxy.password", "proxy password");
        admin.reset();
    }

    @AfterEach
    void direct() {
        admin.reset();
        PROXY_SETTINGS.forEach(server::removeProperty);
        proxy.close();
        server.close();
    }

    @Test
    void testConnectionReachesBothHostsThroughTheProxy() {
        HttpResponse<String> result = admin.test();
        assertEquals(200, result.statusCode());
        assertTrue(result.body().startsWith("{\"checks\":"), result.body());
        assertTrue(result.body().contains("\"reachable\":true}") && !result.body().contains("\"reachable\":false"),
                result.body());
        assertTrue(result.body().contains("through the proxy localhost:" + proxy.port()), result.body());
        assertTrue(proxy.seen().contains("GET http://localhost:9180/"), proxy.seen()::toString);
        assertTrue(proxy.seen().contains("GET http://localhost:9180/api/v3/meta"), proxy.seen()::toString);
    }

    @Test
    void aWrongProxyPasswordIsReportedAsProxyAuthentication() {
        server.setProperty("instance.proxy.password", "wrong");
        String body = admin.test().body();
        assertTrue(body.contains("\"reachable\":false"), body);
        assertTrue(body.contains("proxy authentication"), body);
    }

    @Test
    void aProxyThatIsNotListeningIsReportedAsRefusedByTheProxy() {
        server.setProperty("instance.proxy.port", "9");
        String body = admin.test().body();
        assertTrue(body.contains("connection refused by the proxy localhost:9"), body);
    }

    @Test
    void anApiAddressThatIsNotTheCloudsIsReportedAsSuch() {
        server.setProperty("instance.cloud.api-url", Http.INSTANCE + "/api");
        try {
            String body = admin.test().body();
            assertTrue(body.contains("\"reachable\":false"), body);
            assertTrue(body.contains("this is not the cloud's api address; check instance.cloud.api-url"), body);
        } finally {
            server.removeProperty("instance.cloud.api-url");
        }
    }

    @Test
    void nonProxyHostsAreReachedDirectly() {
        server.setProperty("instance.proxy.non-proxy-hosts", "localhost|*.internal");
        assertTrue(admin.test().body().contains("\"reachable\":true}"));
        assertEquals(List.of(), proxy.seen());
    }

    @Test
    void theWholeProtocolGoesThroughTheProxy() {
        admin.connect(CloudSession.signedInAsOwner(), "octo-org");
        admin.disable();
        List<String> calls = proxy.seen().stream().map(call -> call.replaceAll("/[0-9a-f]{40}/", "/{code}/")
                .replaceAll("/[0-9]+(/|$)", "/{id}$1")).toList();
        for (String expected : List.of("POST http://localhost:9180/api/v3/app-manifests/{code}/conversions",
                "GET http://localhost:9180/api/v3/app/installations",
                "POST http://localhost:9180/api/v3/app/installations/{id}/access_tokens",
                "PUT http://localhost:9180/api/v3/installation/connection",
                "DELETE http://localhost:9180/api/v3/app/installations/{id}")) {
            assertTrue(calls.contains(expected), expected + " not in " + calls);
        }
    }
}
