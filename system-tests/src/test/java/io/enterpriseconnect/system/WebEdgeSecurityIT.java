package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.ADMIN;
import static io.enterpriseconnect.system.Http.ADMIN_PASSWORD;
import static io.enterpriseconnect.system.Http.CLOUD;
import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.enterpriseconnect.cloud.apps.CloudBrowser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web edge as a security reviewer tries it: no other site's page can change anything with the
 * administrator's session, the session cookie is safe, and every response refuses framing and sniffing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebEdgeSecurityIT {

    private static final String SESSION_COOKIE = "EC_INSTANCE_SESSION";
    private static final String ATTACKER = "http://attacker.example";
    private static final Set<String> SAFE_METHODS = Set.of("get", "head", "options");
    private final InstanceConnect admin = InstanceConnect.admin();

    @Deployment(name = "instance", order = 2, testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Deployment(name = "cloud", order = 1, testable = false)
    static WebArchive cloud() {
        return Deployments.cloud();
    }

    @BeforeEach
    @AfterEach
    void notEnabled() {
        admin.reset();
    }

    @Test
    void signingInGivesANewSessionIdInALaxHttpOnlyCookie() {
        CloudBrowser browser = new CloudBrowser(INSTANCE);
        HttpResponse<String> page = browser.get("/login.xhtml");
        String before = sessionCookie(page);
        HttpResponse<String> signedIn = signIn(browser, page);
        String after = sessionCookie(signedIn);
        assertNotEquals(sessionId(before), sessionId(after), "the id seen before sign-in must not become a signed-in one");
        assertTrue(after.contains("HttpOnly"), after);
        assertTrue(after.contains("SameSite=Lax"), after);
        assertFalse(after.contains("Secure"), "over plain HTTP the cookie cannot be Secure: " + after);
    }

    @Test
    void everyStateChangingRouteRefusesAnotherSitesRequestWithTheAdministratorsSession() throws IOException {
        assertEquals(200, admin.enable().statusCode());
        String stateBefore = admin.state();
        String auditBefore = admin.audit().body();
        CloudBrowser browser = new CloudBrowser(INSTANCE);
        signIn(browser, browser.get("/login.xhtml"));

        List<String[]> changes = stateChangingRoutes();
        assertTrue(changes.stream().anyMatch(c -> c[1].equals("/api/connect/disable")), "the API description lists disable");
        changes.add(new String[] {"post", "/admin/connect.xhtml"});
        for (String[] change : changes) {
            for (Map<String, String> giveaway : List.of(Map.of("Sec-Fetch-Site", "cross-site", "Origin", ATTACKER),
                    Map.of("Sec-Fetch-Site", "same-site", "Origin", CLOUD), Map.of("Origin", ATTACKER))) {
                HttpResponse<String> refused = browser.send(formPost(change[0], change[1], giveaway));
                assertEquals(403, refused.statusCode(), change[0] + " " + change[1] + " " + giveaway + ": " + refused.body());
                assertTrue(refused.body().contains("cross-site request refused"), refused.body());
            }
        }
        assertEquals(stateBefore, admin.state(), "nothing changed");
        assertEquals(auditBefore, admin.audit().body(), "nothing was even attempted");

        HttpResponse<String> own = browser.send(formPost("post", "/api/connect/disable", Map.of("Sec-Fetch-Site", "same-origin",
                "Origin", INSTANCE)));
        assertEquals(200, own.statusCode(), "the same session from the instance's own page may: " + own.body());
        assertEquals("NOT_ENABLED", admin.state());
    }

    @Test
    void aPageOnAnotherSiteCannotDisableGitHubConnectInTheAdministratorsBrowser() throws IOException {
        assertEquals(200, admin.enable().statusCode());
        HttpServer attacker = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        byte[] page = ("<!doctype html><title>Win a prize</title><form id=f method=post action='" + INSTANCE
                + "/api/connect/disable'></form><script>document.getElementById('f').submit()</script>")
                .getBytes(StandardCharsets.UTF_8);
        attacker.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        attacker.start();
        try (ConsoleBrowser browser = new ConsoleBrowser("en-US")) {
            browser.signInToInstance(ADMIN, ADMIN_PASSWORD);
            browser.open("http://localhost:" + attacker.getAddress().getPort() + "/");
            String answer = browser.until(ConsoleBrowser.PATIENCE,
                    d -> d.getCurrentUrl().endsWith("/api/connect/disable") ? d.getPageSource() : null);
            assertTrue(answer.contains("cross-site request refused"), answer);
        } finally {
            attacker.stop(0);
        }
        assertEquals("ENABLED", admin.state(), "the form, sent with the administrator's cookie from another port of "
                + "localhost (the same site, so SameSite=Lax lets the cookie go), changed nothing");
    }

    @Test
    void everyResponseOfBothApplicationsRefusesFramingAndSniffing() {
        for (HttpResponse<String> response : List.of(Http.get(INSTANCE + "/login.xhtml"),
                Http.get(INSTANCE + "/api/connect", ADMIN, ADMIN_PASSWORD), Http.get(INSTANCE + "/api/connect"),
                Http.get(INSTANCE + "/no-such-page"), Http.get(CLOUD + "/sign-in"), Http.get(CLOUD + "/api/v3/meta"))) {
            String where = response.request().uri() + " " + response.statusCode();
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), where);
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), where);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), where);
            assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP: " + where);
        }
    }

    /** Every operation the instance's API description lists that is not a read: {method, path}. */
    private static List<String[]> stateChangingRoutes() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(Http.get(INSTANCE + "/openapi?format=JSON").body()).get("paths");
        List<String[]> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> path = paths.fields(); path.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = path.next();
            entry.getValue().fieldNames().forEachRemaining(method -> {
                if (!SAFE_METHODS.contains(method) && !method.equals("parameters")) {
                    routes.add(new String[] {method, entry.getKey().replaceAll("\\{[^}]+}", ADMIN)});
                }
            });
        }
        return routes;
    }

    /** What an HTML form on another page sends: a urlencoded body, and the headers that give its origin away. */
    private static HttpRequest formPost(String method, String path, Map<String, String> giveaway) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(INSTANCE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString("acceptAddendum=true&send=false"));
        giveaway.forEach(request::header);
        return request.build();
    }

    private static HttpResponse<String> signIn(CloudBrowser browser, HttpResponse<String> page) {
        HttpResponse<String> signedIn = browser.submit(page, "sign-in", "sign-in:submit", Map.of("sign-in:login", ADMIN,
                "sign-in:password", ADMIN_PASSWORD, "sign-in:next", "/admin/connect.xhtml"));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        return signedIn;
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(SESSION_COOKIE + "="))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no " + SESSION_COOKIE + " set by " + response.uri()));
    }

    private static String sessionId(String setCookie) {
        String value = setCookie.substring(SESSION_COOKIE.length() + 1);
        int end = value.indexOf(';');
        return end < 0 ? value : value.substring(0, end);
    }
}
