package io.enterpriseconnect.help.markdown;

import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a local link as writers type it ({@code /admin/overview/system-overview}, or a legacy
 * {@code /enterprise/{{ currentVersion }}/admin/...} or {@code /enterprise/admin/...} path) into the URL of
 * that page in the current language and version, the way upstream's rewrite-local-links does:
 * <ul>
 *   <li>a link that names a plan ({@code /enterprise-server@2.20/...}) or a deprecated release
 *       ({@code /enterprise/2.18}) only gains the language;</li>
 *   <li>any other version in the path is replaced by the current one, except that {@code dotcom-only}
 *       links and {@code desktop/} links point at GitHub.com, whose URLs carry no version;</li>
 *   <li>assets are left alone.</li>
 * </ul>
 * The site prefix (such as {@code /help}) is put in front of every page link.
 */
public final class LinkRewriter {

    private static final String DOTCOM = "free-pro-team@latest";
    private static final Pattern LANGUAGE_PREFIX = Pattern.compile("^/[a-z]{2}(/|$|\\?)");
    private static final Pattern ENTERPRISE = Pattern.compile("/enterprise(?:/|$|\\?)(\\d+\\.\\d+)?");
    private static final Pattern ENTERPRISE_RELEASE = Pattern.compile("^.*?enterprise/(\\d+\\.\\d+(?:\\.340)?).*?$");
    private static final Pattern OLD_ENTERPRISE_PATH = Pattern.compile("/([a-z]{2}/)?(enterprise/)?(\\S+?@(\\S+?/))?(\\d.\\d+/)?(user[/$])?");
    private static final Pattern DESKTOP = Pattern.compile("desktop/");
    private static final Pattern ADMIN = Pattern.compile("/admin(/|$|\\?|#)");
    private static final Pattern INSIGHTS = Pattern.compile("/insights(/|$|\\?|#)");
    private static final Pattern TRAILING_SLASH = Pattern.compile("^(.+?)/+?$");

    private final VersionCatalog catalog;
    private final String sitePrefix;
    private final Set<String> plans;
    private final List<String> versionIds;
    private final String latestEnterpriseServer;
    /** Pages link to the same few hundred paths over and over; each is worked out once per language and version. */
    private final java.util.Map<String, String> rewritten = new java.util.concurrent.ConcurrentHashMap<>();

    public LinkRewriter(VersionCatalog catalog, String sitePrefix) {
        this.catalog = catalog;
        this.sitePrefix = sitePrefix == null ? "" : sitePrefix;
        this.plans = catalog.all().stream().map(ProductVersion::plan).collect(Collectors.toSet());
        this.plans.add("enterprise-server");
        this.plans.add("github-ae");
        this.plans.add("free-pro-team");
        this.versionIds = new java.util.ArrayList<>(List.of(DOTCOM));
        catalog.all().stream().map(ProductVersion::id).filter(id -> !id.equals(DOTCOM)).forEach(versionIds::add);
        this.latestEnterpriseServer = catalog.latestOf("enterprise-server").map(ProductVersion::id)
                .orElse("enterprise-server@latest");
    }

    public boolean isLocal(String href) {
        return href != null && href.startsWith("/") && !href.startsWith("//");
    }

    /**
     * @param language   the URL language code, {@code en} or {@code ja}
     * @param dotcomOnly whether the link carries upstream's {@code dotcom-only} class
     */
    public String rewrite(String href, String language, ProductVersion version, boolean dotcomOnly) {
        if (!isLocal(href)) {
            return href;
        }
        if (href.startsWith("/assets") || href.startsWith("/public")) {
            return sitePrefix + href;
        }
        String key = language + ' ' + version.id() + ' ' + dotcomOnly + ' ' + href;
        return rewritten.computeIfAbsent(key, unused -> sitePrefix + pagePath(href, language, version.id(), dotcomOnly));
    }

    private String pagePath(String href, String language, String version, boolean dotcomOnly) {
        String newHref = href;
        String[] segments = href.split("/", -1);
        String firstSegment = segments.length > 1 ? segments[1] : "";
        if (plans.contains(firstSegment.split("@", -1)[0])) {
            newHref = join("/", language, href);
        }
        Matcher oldRelease = ENTERPRISE_RELEASE.matcher(href);
        if (oldRelease.matches() && catalog.deprecatedEnterpriseServerReleases().contains(oldRelease.group(1))) {
            newHref = join("/", language, href);
        }
        newHref = newHref.replace("/enterprise-server@latest/", "/" + latestEnterpriseServer + "/");
        if (newHref.equals(href)) {
            String withoutLanguage = LANGUAGE_PREFIX.matcher(href).replaceFirst("/");
            newHref = join("/", language, newVersionedPath(withoutLanguage));
            String versionInHref = versionOf(newHref);
            String target = version;
            if (dotcomOnly || DESKTOP.matcher(withoutLanguage).find()) {
                target = DOTCOM;
            }
            if (target.equals(DOTCOM) && (ADMIN.matcher(withoutLanguage).find() || INSIGHTS.matcher(withoutLanguage).find())) {
                target = latestEnterpriseServer;
            }
            newHref = newHref.replaceFirst(Pattern.quote(versionInHref), Matcher.quoteReplacement(target));
        }
        newHref = newHref.replaceFirst(Pattern.quote("/" + DOTCOM), "");
        if (newHref.isEmpty()) {
            newHref = "/";
        }
        return TRAILING_SLASH.matcher(newHref).replaceFirst("$1");
    }

    /** Upstream's getNewVersionedPath: puts the version a legacy path implies right after the root. */
    private String newVersionedPath(String oldPath) {
        String[] parts = oldPath.split("/", -1);
        String possibleVersion = parts.length > 2 ? parts[2] : "";
        String newVersion = versionIds.contains(possibleVersion) ? possibleVersion : "";
        if (newVersion.isEmpty()) {
            newVersion = newVersionFromOldVersion(oldVersionFromOldPath(oldPath));
        }
        String rest = OLD_ENTERPRISE_PATH.matcher(oldPath).replaceFirst("");
        return join("/", newVersion, rest);
    }

    private String oldVersionFromOldPath(String oldPath) {
        if (!ENTERPRISE.matcher(oldPath).find()) {
            return "dotcom";
        }
        Matcher release = ENTERPRISE_RELEASE.matcher(oldPath);
        return release.matches() ? release.group(1) : latestEnterpriseServer.substring(latestEnterpriseServer.indexOf('@') + 1);
    }

    private String newVersionFromOldVersion(String oldVersion) {
        if (oldVersion.equals("dotcom")) {
            return DOTCOM;
        }
        return versionIds.stream().filter(id -> id.contains(oldVersion)).findFirst().orElse(latestEnterpriseServer);
    }

    /** Upstream's getVersionStringFromPath, for paths that already carry a language. */
    private String versionOf(String path) {
        String withoutLanguage = LANGUAGE_PREFIX.matcher(path).replaceFirst("/");
        if (withoutLanguage.equals("/")) {
            return "homepage";
        }
        String[] segments = withoutLanguage.split("/", -1);
        String first = segments.length > 1 ? segments[1] : "";
        if (versionIds.contains(first)) {
            return first;
        }
        if (first.equals("enterprise-server@latest")) {
            return latestEnterpriseServer;
        }
        return catalog.latestOf(first).map(ProductVersion::id).orElse(first);
    }

    /** Node's path.posix.join: joins with slashes and normalizes {@code //}, {@code .} and {@code ..}. */
    static String join(String... parts) {
        String joined = String.join("/", java.util.Arrays.stream(parts).filter(part -> !part.isEmpty()).toList());
        boolean absolute = joined.startsWith("/");
        boolean trailing = joined.endsWith("/") && joined.length() > 1;
        Deque<String> kept = new ArrayDeque<>();
        for (String segment : joined.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!kept.isEmpty() && !kept.peekLast().equals("..")) {
                    kept.pollLast();
                } else if (!absolute) {
                    kept.addLast(segment);
                }
                continue;
            }
            kept.addLast(segment);
        }
        String normalized = (absolute ? "/" : "") + String.join("/", kept);
        if (trailing && !normalized.endsWith("/")) {
            normalized += "/";
        }
        return normalized.isEmpty() ? "." : normalized;
    }
}
