package io.enterpriseconnect.cloud.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The deployed cloud that the *IT tests talk to, configured by system properties:
 * {@code cloud.url} (e.g. http://localhost:8180; tests are skipped without it), {@code cloud.user} and
 * {@code cloud.password} (an owner of an invoiced account, e.g. the demo user octocat whose password
 * the demo seed logs), {@code cloud.account} (that account, default octo-org); for checks that need
 * a cloud administrator, {@code cloud.admin.password} or the server log {@code wildfly.log}.
 */
public final class CloudUnderTest {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ADMIN_SEEDED = Pattern.compile("Demo cloud user created: login=cloud-admin password=(\\S+)");

    public final String url = CloudBrowser.property("cloud.url", null);
    public final String user = CloudBrowser.property("cloud.user", "octocat");
    public final String password = CloudBrowser.property("cloud.password", null);
    public final String account = CloudBrowser.property("cloud.account", "octo-org");

    /** Skips the calling test unless a deployed cloud and an owner's credentials were given. */
    public static CloudUnderTest required() {
        CloudUnderTest cloud = new CloudUnderTest();
        assumeTrue(cloud.url != null, "cloud.url not set: no deployed cloud to test");
        assumeTrue(cloud.password != null, "cloud.password not set: no owner to connect with");
        return cloud;
    }

    /**
     * The password of the demo cloud administrator: {@code cloud.admin.password}, or else the last one
     * the demo seed wrote to the server log named by {@code wildfly.log} (the seed generates it). Null
     * when neither is available.
     */
    public String adminPassword() {
        String given = CloudBrowser.property("cloud.admin.password", null);
        String log = CloudBrowser.property("wildfly.log", null);
        if (given != null || log == null || !Files.isReadable(Path.of(log))) {
            return given;
        }
        try (Stream<String> lines = Files.lines(Path.of(log), StandardCharsets.UTF_8)) {
            return lines.map(ADMIN_SEEDED::matcher).filter(Matcher::find).map(m -> m.group(1))
                    .reduce((first, last) -> last).orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    public CloudBrowser signedInBrowser() {
        CloudBrowser browser = new CloudBrowser(url);
        browser.signIn(user, password);
        return browser;
    }

    /** An owner clicks Connect for an instance: returns the response that sends the browser back. */
    public static HttpResponse<String> clickConnect(CloudBrowser browser, String accountLogin, String hostname, String state) {
        String query = "?state=" + CloudBrowser.enc(state)
                + "&redirect_uri=" + CloudBrowser.enc("http://" + hostname + ":8080/connect/callback")
                + "&hostname=" + CloudBrowser.enc(hostname) + "&version=3.1.0&customer_name=" + CloudBrowser.enc("Acme Inc");
        HttpResponse<String> page = browser.get("/connect/authorize" + query);
        assertEquals(200, page.statusCode(), page::body);
        return browser.submit(page, "connect", CloudBrowser.connectButtonFor(page.body(), accountLogin), Map.of());
    }

    /** The code in the redirect back to the instance, checking that the state came back unchanged. */
    public static String codeFrom(HttpResponse<String> redirect, String state) {
        assertEquals(302, redirect.statusCode(), redirect::body);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("state=" + CloudBrowser.enc(state)), location);
        Matcher code = Pattern.compile("[?&]code=([0-9a-f]+)").matcher(location);
        assertTrue(code.find(), location);
        return code.group(1);
    }

    /** Connects a new instance to the configured account and converts the code: the app with its pem. */
    public JsonNode connectNewInstance(String hostname) {
        return connectNewInstance(hostname, account);
    }

    /** Connects a new instance to one of the user's accounts and converts the code: the app with its pem. */
    public JsonNode connectNewInstance(String hostname, String accountLogin) {
        CloudBrowser browser = signedInBrowser();
        String code = codeFrom(clickConnect(browser, accountLogin, hostname, "state-" + hostname), "state-" + hostname);
        HttpResponse<String> conversion = api("POST", "/app-manifests/" + code + "/conversions", null, null);
        assertEquals(201, conversion.statusCode(), conversion::body);
        return json(conversion);
    }

    public HttpResponse<String> api(String method, String path, String authorization, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/v3" + path))
                .header("Accept", "application/vnd.github+json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return new CloudBrowser(url).send(request.build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }
}
