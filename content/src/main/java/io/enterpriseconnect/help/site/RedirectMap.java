package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The permanent redirects of the site, from each page's {@code redirect_from}. Old paths carry no version,
 * so, like upstream, they land on the page in the latest Enterprise Server release; a page that does not
 * exist there gets no redirect (the old path answers 404, as upstream's did). An old path with a version in it
 * lands on the page in that version.
 */
public final class RedirectMap {

    private static final String LEGACY_PREFIX = "/enterprise/";

    private final Map<String, String> targets;

    private RedirectMap(Map<String, String> targets) {
        this.targets = Collections.unmodifiableMap(targets);
    }

    public static RedirectMap of(HelpSources sources, SiteUrls urls) {
        VersionCatalog catalog = sources.catalog();
        Optional<ProductVersion> latest = catalog.latestOf("enterprise-server")
                .flatMap(version -> catalog.findRendered(version.id()));
        Map<String, String> targets = new LinkedHashMap<>();
        if (latest.isEmpty()) {
            return new RedirectMap(targets);
        }
        for (HelpPage page : sources.pages().values()) {
            if (!page.english().versions().includes(latest.get())) {
                continue;
            }
            for (String from : page.english().redirectFrom()) {
                if (from.contains("{{") || from.contains("{%")) {
                    continue;
                }
                String path = normalize(from);
                for (HelpLanguage language : HelpLanguage.ALL) {
                    String target = urls.page(language, latest.get(), page.path());
                    targets.putIfAbsent("/" + language.urlCode() + path, target);
                    if (language.isEnglish()) {
                        targets.putIfAbsent(path, target);
                    }
                    addVersionedLegacyPaths(targets, page, path, language, catalog, urls);
                }
            }
        }
        return new RedirectMap(targets);
    }

    /**
     * Sources link to old paths with the version in them ({@code /enterprise/{{ currentVersion }}/admin/guides/...}),
     * which render as {@code /en/enterprise-server@3.1/admin/guides/...}: each lands on the page in that version.
     */
    private static void addVersionedLegacyPaths(Map<String, String> targets, HelpPage page, String path, HelpLanguage language,
                                                VersionCatalog catalog, SiteUrls urls) {
        if (!path.startsWith(LEGACY_PREFIX)) {
            return;
        }
        for (ProductVersion version : page.english().versions().renderedIn(catalog)) {
            targets.putIfAbsent("/" + language.urlCode() + "/" + version.id() + path.substring(LEGACY_PREFIX.length() - 1),
                    urls.page(language, version, page.path()));
        }
    }

    /** Leading slash, no trailing slash: {@code /enterprise/admin/guides/foo/} becomes {@code /enterprise/admin/guides/foo}. */
    public static String normalize(String path) {
        String withSlash = path.startsWith("/") ? path : "/" + path;
        return withSlash.length() > 1 && withSlash.endsWith("/") ? withSlash.substring(0, withSlash.length() - 1) : withSlash;
    }

    public Optional<String> target(String path) {
        return Optional.ofNullable(targets.get(normalize(path)));
    }

    public Map<String, String> targets() {
        return targets;
    }

    /** One redirect a line, {@code from<TAB>to}: simple enough for {@link RenderedSite} to read without a JSON library. */
    public String toTsv() {
        StringBuilder tsv = new StringBuilder();
        targets.forEach((from, to) -> tsv.append(from).append('\t').append(to).append('\n'));
        return tsv.toString();
    }
}
