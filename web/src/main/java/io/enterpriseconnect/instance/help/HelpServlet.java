package io.enterpriseconnect.instance.help;

import io.enterpriseconnect.help.search.HelpSearch;
import io.enterpriseconnect.help.search.SearchScope;
import io.enterpriseconnect.help.site.RenderedSite;
import io.enterpriseconnect.instance.accounts.domain.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves the help rendered at build time (the content jar) at /help/{lang}/{version}/...: pages and
 * assets with an ETag so browsers revalidate cheaply, the pages' old paths as 301s, and a real 404.
 * Also the search over the indexes the build wrote: {@code /help/search?lang=&version=&q=} answers JSON for the
 * suggestions (with {@code &snippets=true}, each with a highlighted passage), {@code /help/{lang}/{version}/search?q=} the results page; and, to site administrators only, the
 * build's translation report, which the help home links to for them.
 */
@WebServlet("/help/*")
public class HelpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PREFIX = "/help";
    private static final String CACHE_CONTROL = "public, max-age=300";

    static final String TRANSLATION_REPORT = "/translation-report.html";
    private static final Pattern RESULTS_PAGE = Pattern.compile("/([a-z]{2})/([^/]+)/search/?");
    private static final Pattern HELP_HOME = Pattern.compile("/([a-z]{2})/([^/]+)/?");
    /** Where the layout leaves room for links only some visitors get. */
    private static final String VISITOR_LINKS = "<!--visitor-links-->";
    private static final String RESULTS = "<!--search-results-->";
    /** The search box's marker, where the results page shows what was searched. */
    private static final String QUERY_VALUE = "data-search-query=\"\"";

    private final transient RenderedSite site = RenderedSite.fromClasspath();
    private final transient HelpSearchAnswers search = new HelpSearchAnswers(HelpSearch.fromClasspath());
    private final transient Map<String, String> etags = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "instance.help.version", defaultValue = "enterprise-server@3.1")
    String productVersion;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (path.equals("/search")) {
            suggestions(request, response);
            return;
        }
        Matcher resultsPage = RESULTS_PAGE.matcher(path);
        if (resultsPage.matches()) {
            resultsPage(new SearchScope(resultsPage.group(1), resultsPage.group(2)), request, response);
            return;
        }
        if (path.equals(TRANSLATION_REPORT)) {
            translationReport(request, response);
            return;
        }
        if (HELP_HOME.matcher(path).matches() && request.isUserInRole(Role.SITE_ADMIN)) {
            Optional<RenderedSite.Resource> home = site.resolve(path);
            if (home.isPresent()) {
                String link = "<a class=\"visitor-link\" href=\"" + request.getContextPath() + PREFIX + TRANSLATION_REPORT
                        + "\">Translation report</a>";
                sendHtml(response, HttpServletResponse.SC_OK, page(home.get()).replace(VISITOR_LINKS, link));
                return;
            }
        }
        Optional<RenderedSite.Resource> found = site.resolve(path);
        if (found.isPresent()) {
            serve(path, found.get(), request, response);
            return;
        }
        Optional<String> moved = site.redirect(path);
        if (moved.isPresent()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            // Targets are rendered with the /help prefix already.
            response.setHeader("Location", request.getContextPath() + moved.get());
            return;
        }
        notFound(path.startsWith("/ja/") ? "ja" : "en", response);
    }

    private void suggestions(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = Optional.ofNullable(query(request, "lang")).orElse("en");
        String version = Optional.ofNullable(query(request, "version")).orElse(productVersion);
        HelpSearchAnswers.Answer answer = search.answer(new SearchScope(language, version), query(request, "q"),
                limit(query(request, "limit")), "true".equals(query(request, "snippets")));
        response.setStatus(answer.unknownScope() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setContentType("application/json; charset=UTF-8");
        response.getOutputStream().write(search.json(answer, request.getContextPath() + PREFIX).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A query-string parameter, decoded as UTF-8 whatever the container's default (Payara decodes query strings as
     * ISO-8859-1, which turns 統合 into mojibake); the first value when it is given more than once.
     */
    static String query(HttpServletRequest request, String name) {
        String queryString = request.getQueryString();
        if (queryString == null) {
            return null;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (decode(key).equals(name)) {
                return equals < 0 ? "" : decode(pair.substring(equals + 1));
            }
        }
        return null;
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return encoded;
        }
    }

    private static int limit(String requested) {
        try {
            return requested == null ? 8 : Math.max(1, Math.min(HelpSearchAnswers.MAX_SUGGESTIONS, Integer.parseInt(requested.strip())));
        } catch (NumberFormatException e) {
            return 8;
        }
    }

    private void resultsPage(SearchScope scope, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RenderedSite.Resource> shell = site.resolve("/" + scope.language() + "/" + scope.version() + "/search");
        if (shell.isEmpty()) {
            notFound(scope.language(), response);
            return;
        }
        HelpSearchAnswers.Answer answer = search.answer(scope, query(request, "q"), HelpSearchAnswers.PAGE_RESULTS, true);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        sendHtml(response, HttpServletResponse.SC_OK, page(shell.get())
                .replace(RESULTS, search.html(answer, request.getContextPath() + PREFIX))
                .replace(QUERY_VALUE, "value=\"" + HelpSearchAnswers.escape(answer.results().text()) + "\""));
    }

    private void translationReport(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> report = site.file(TRANSLATION_REPORT.substring(1));
        if (!request.isUserInRole(Role.SITE_ADMIN) || report.isEmpty()) {
            notFound("en", response);
            return;
        }
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentType("text/html; charset=UTF-8");
        response.getOutputStream().write(report.get());
    }

    private void notFound(String language, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html; charset=UTF-8");
        response.getOutputStream().write(site.notFoundPage(language));
    }

    private static String page(RenderedSite.Resource resource) {
        return new String(resource.content(), StandardCharsets.UTF_8);
    }

    private static void sendHtml(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", "private, no-store");
        }
        response.setContentType("text/html; charset=UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private void serve(String path, RenderedSite.Resource resource, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        String etag = etags.computeIfAbsent(path, p -> etagOf(resource.content()));
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(resource.contentType());
        response.setContentLength(resource.content().length);
        response.getOutputStream().write(resource.content());
    }

    private static String etagOf(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}
