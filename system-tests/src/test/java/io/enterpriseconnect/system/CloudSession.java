package io.enterpriseconnect.system;

import io.enterpriseconnect.cloud.apps.CloudBrowser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A cloud user's browser over plain HTTP: signs in on the cloud's pages and clicks Connect on the
 * page an instance sends its administrator to. Redirects are not followed, so a test sees the
 * address (with code and state) the cloud sends the browser back to.
 */
final class CloudSession {

    static final String DEMO_USER = "octocat";

    private final CloudBrowser browser = new CloudBrowser(Http.CLOUD);

    /**
     * The demo owner's password: generated and logged once by the cloud's first start on this
     * server's data, or else the one the test run configures ({@code cloud.password}).
     */
    static String demoPassword() {
        return Optional.ofNullable(loggedPassword(DEMO_USER)).orElseGet(() -> Optional.ofNullable(
                System.getProperty("cloud.password")).orElseThrow(() -> new AssertionError(
                "The cloud's demo seed did not log octocat's password, and cloud.password is unset")));
    }

    /** The cloud administrator's password, generated and logged once by the demo seed. */
    static String cloudAdminPassword() {
        return Optional.ofNullable(loggedPassword("cloud-admin"))
                .orElseThrow(() -> new AssertionError("The cloud's demo seed did not log cloud-admin's password"));
    }

    private static String loggedPassword(String login) {
        Pattern logged = Pattern.compile("Demo cloud user created: login=" + Pattern.quote(login) + " password=(\\S+)");
        Path log = Path.of(System.getProperty("wildfly.log"));
        try (Stream<Path> logs = Files.list(log.getParent())) {
            for (Path file : logs.filter(p -> p.getFileName().toString().startsWith("server.log")).sorted().toList()) {
                Matcher found = logged.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                String password = null;
                while (found.find()) {
                    password = found.group(1);
                }
                if (password != null) {
                    return password;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    static CloudSession signedInAsOwner() {
        CloudSession session = new CloudSession();
        session.browser.signIn(DEMO_USER, demoPassword());
        return session;
    }

    /** Creates a cloud user on the sign-up page; the session is signed in as them. */
    static CloudSession signedUp(String login, String password) {
        CloudSession session = new CloudSession();
        HttpResponse<String> page = session.browser.get("/sign-up");
        HttpResponse<String> after = session.browser.submit(page, "sign-up", "sign-up:submit", Map.of("sign-up:login", login,
                "sign-up:email", login + "@example.com", "sign-up:password", password));
        if (after.statusCode() != 302) {
            throw new AssertionError("Cannot sign up " + login + " on the cloud: " + after.statusCode() + "\n" + after.body());
        }
        return session;
    }

    /** Opens an instance user's link to the cloud's authorize page and clicks Authorize: the address sent back to. */
    URI authorizeLink(String authorizeUrl) {
        HttpResponse<String> page = get(authorizeUrl);
        if (page.statusCode() != 200 || !page.body().contains("id=\"link-authorize\"")) {
            throw new AssertionError("The cloud's authorize page answered " + page.statusCode() + ":\n" + page.body());
        }
        HttpResponse<String> redirect = browser.submit(page, "link", "link:authorize", Map.of());
        if (redirect.statusCode() != 302) {
            throw new AssertionError("Authorize did not send the browser back (" + redirect.statusCode() + "):\n"
                    + redirect.body());
        }
        return URI.create(redirect.headers().firstValue("Location").orElseThrow());
    }

    /** Opens the instance's link to the cloud and clicks Connect next to the account: the address the cloud sends back to. */
    URI connect(String authorizeUrl, String accountLogin) {
        HttpResponse<String> page = get(authorizeUrl);
        if (page.statusCode() != 200) {
            throw new AssertionError("The cloud's Connect page answered " + page.statusCode() + ":\n" + page.body());
        }
        HttpResponse<String> redirect = browser.submit(page, "connect", CloudBrowser.connectButtonFor(page.body(), accountLogin),
                Map.of());
        if (redirect.statusCode() != 302) {
            throw new AssertionError("Connect did not send the browser back (" + redirect.statusCode() + "):\n" + redirect.body());
        }
        return URI.create(redirect.headers().firstValue("Location").orElseThrow());
    }

    /** The account's settings page, with its connected instances. */
    String accountPage(String accountLogin) {
        return browser.get("/account?login=" + CloudBrowser.enc(accountLogin)).body();
    }

    /** How many instances with this hostname the account's settings page lists. */
    int instancesNamed(String accountLogin, String hostname) {
        String page = accountPage(accountLogin);
        if (!page.contains("connected-instances")) {
            throw new AssertionError("Not the account's settings page (signed out?):\n" + page);
        }
        return page.split("<h3 class=\"mono\">" + hostname + "</h3>", -1).length - 1;
    }

    static String queryParameter(URI uri, String name) {
        Matcher value = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
        if (!value.find()) {
            throw new AssertionError("No " + name + " in " + uri);
        }
        return java.net.URLDecoder.decode(value.group(1), StandardCharsets.UTF_8);
    }

    /** A page of the cloud, by its full address (as the instance links to it). */
    private HttpResponse<String> get(String url) {
        URI address = URI.create(url);
        return browser.get(address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery()));
    }
}
