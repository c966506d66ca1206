package io.enterpriseconnect.cloud.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person's browser does on the cloud's pages, over plain HTTP: keeps the session cookie,
 * reads a Faces form's view state and submits the form. Redirects are not followed, so tests see
 * where the cloud sends the browser.
 */
public final class CloudBrowser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    public final String base;
    private final HttpClient http;

    public CloudBrowser(String base) {
        this.base = base.replaceAll("/+$", "");
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Configuration of the deployed cloud under test, or null when the run has none. */
    public static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
    }

    /** Submits the Faces form {@code formId} of the page, pressing {@code button}, with the given fields. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> fields) {
        String html = page.body();
        int formStart = html.indexOf("<form id=\"" + formId + "\"");
        if (formStart < 0) {
            throw new AssertionError("No form " + formId + " on " + page.uri() + ":\n" + html);
        }
        String form = html.substring(formStart, html.indexOf("</form>", formStart));
        Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(form);
        Matcher viewState = VIEW_STATE.matcher(form);
        if (!action.find() || !viewState.find()) {
            throw new AssertionError("Form " + formId + " has no action or view state");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        body.putAll(fields);
        body.put(button, "x");
        body.put("jakarta.faces.ViewState", unescape(viewState.group(1)));
        String encoded = body.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + unescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
    }

    /** Signs in through the sign-in page. */
    public void signIn(String login, String password) {
        HttpResponse<String> page = get("/sign-in");
        HttpResponse<String> after = submit(page, "sign-in", "sign-in:submit",
                Map.of("sign-in:login", login, "sign-in:password", password, "sign-in:next", "/"));
        assertEquals(302, after.statusCode(), () -> "sign-in as " + login + " failed:\n" + after.body());
    }

    /** The name of the Connect button in the row of the given account on /connect/authorize. */
    public static String connectButtonFor(String html, String accountLogin) {
        int row = html.indexOf("<span class=\"account-login\">" + accountLogin + "</span>");
        if (row < 0) {
            throw new AssertionError("Account " + accountLogin + " is not offered:\n" + html);
        }
        Matcher button = Pattern.compile("name=\"([^\"]*connect-account)\"").matcher(html);
        if (!button.find(row)) {
            throw new AssertionError("No Connect button for " + accountLogin);
        }
        return button.group(1);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Cannot reach the cloud at " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#58;", ":").replace("&quot;", "\"");
    }
}
