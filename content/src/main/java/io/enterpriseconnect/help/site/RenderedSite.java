package io.enterpriseconnect.help.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rendered help as the content jar carries it under {@code help-site/}, for the web module to serve.
 * Needs nothing but the JDK.
 *
 * <pre>{@code
 * RenderedSite help = RenderedSite.fromClasspath();
 * // a request for /help/ja/enterprise-server@3.1/admin/overview arrives; strip the /help prefix:
 * Optional<RenderedSite.Resource> page = help.resolve("/ja/enterprise-server@3.1/admin/overview");
 * Optional<String> moved = help.redirect("/enterprise/admin/installation/about-enterprise-accounts"); // 301 target
 * byte[] missing = help.notFoundPage("ja");                                                          // 404 body
 * }</pre>
 */
public final class RenderedSite {

    /** The bytes of a rendered file and the media type to serve them with. */
    public record Resource(byte[] content, String contentType) {
    }

    public static final String ROOT = "help-site/";
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9@._\\-]+)*/?");

    private final ClassLoader classLoader;
    private final Map<String, String> redirects;

    private RenderedSite(ClassLoader classLoader) {
        this.classLoader = classLoader;
        this.redirects = readRedirects(classLoader);
    }

    public static RenderedSite fromClasspath() {
        return fromClassLoader(RenderedSite.class.getClassLoader());
    }

    public static RenderedSite fromClassLoader(ClassLoader classLoader) {
        return new RenderedSite(classLoader);
    }

    /**
     * The page or asset at a request path below the help's root, such as
     * {@code /en/enterprise-server@3.1/admin/overview} or {@code /assets/help.css}.
     */
    public Optional<Resource> resolve(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("/..") || path.contains("/./")) {
            return Optional.empty();
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.startsWith("/assets/")) {
            return read(trimmed.substring(1)).map(bytes -> new Resource(bytes, contentType(trimmed)));
        }
        return read(trimmed.substring(1) + "/index.html").map(bytes -> new Resource(bytes, "text/html; charset=UTF-8"));
    }

    /** The rendered page of a language ({@code en} or {@code ja}), version and page path. */
    public Optional<byte[]> page(String language, String version, String pagePath) {
        String path = "/" + language + "/" + version + (pagePath == null || pagePath.isEmpty() ? "" : "/" + pagePath);
        return resolve(path).map(Resource::content);
    }

    /** Where an old path (one of the pages' {@code redirect_from}) now lives; answer it with 301. */
    public Optional<String> redirect(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(redirects.get(RedirectMap.normalize(path)));
    }

    /** Every redirect, old path to new URL. */
    public Map<String, String> redirects() {
        return redirects;
    }

    /** The 404 page in a language ({@code en} or {@code ja}); English when that language has none. */
    public byte[] notFoundPage(String language) {
        return read(language + "/404.html").or(() -> read("en/404.html"))
                .orElse("<!doctype html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
    }

    /** A file of the site other than a page or asset, such as {@code translation-report.html}. */
    public Optional<byte[]> file(String relative) {
        return SAFE_PATH.matcher("/" + relative).matches() && !relative.contains("..") ? read(relative) : Optional.empty();
    }

    private Optional<byte[]> read(String relative) {
        try (InputStream in = classLoader.getResourceAsStream(ROOT + relative)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> readRedirects(ClassLoader classLoader) {
        Map<String, String> redirects = new LinkedHashMap<>();
        InputStream in = classLoader.getResourceAsStream(ROOT + "redirects.tsv");
        if (in == null) {
            return Map.of();
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    redirects.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(redirects);
    }

    private static String contentType(String path) {
        if (path.endsWith(".css")) {
            return "text/css; charset=UTF-8";
        }
        if (path.endsWith(".js")) {
            return "text/javascript; charset=UTF-8";
        }
        if (path.endsWith(".png")) {
            return "image/png";
        }
        if (path.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }
}
