package io.enterpriseconnect.instance.help;

import io.enterpriseconnect.help.site.RenderedSite;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the help rendered at build time (the content jar) at /help/{lang}/{version}/...: pages and
 * assets with an ETag so browsers revalidate cheaply, the pages' old paths as 301s, and a real 404.
 */
@WebServlet("/help/*")
public class HelpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PREFIX = "/help";
    private static final String CACHE_CONTROL = "public, max-age=300";

    private final transient RenderedSite site = RenderedSite.fromClasspath();
    private final transient Map<String, String> etags = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
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
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html; charset=UTF-8");
        response.getOutputStream().write(site.notFoundPage(path.startsWith("/ja/") ? "ja" : "en"));
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
