package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.ReleaseNumber;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The "Supported releases" cards of a product landing in an Enterprise Server version: each supported release
 * with the two releases before it, which can upgrade to it, and its docs. Upstream added each release's latest
 * patch and its date from {@code data/release-notes}; the help has no release-notes data, so the cards leave
 * that line out.
 */
final class SupportedReleases {

    /** Upstream links each earlier release's own upgrade guide, also for releases whose docs are no longer built. */
    private static final String UPGRADE_GUIDE = "enterprise-management/upgrading-github-enterprise-server";
    private static final String PLAN = "enterprise-server";

    private final VersionCatalog catalog;
    private final SiteUrls urls;

    SupportedReleases(VersionCatalog catalog, SiteUrls urls) {
        this.catalog = catalog;
        this.urls = urls;
    }

    /** Whether a product landing with release notes shows the cards in a version: only in Enterprise Server, whose releases they are. */
    static boolean shownIn(ProductVersion version) {
        return version.plan().equals(PLAN);
    }

    /** @param productPath the product the upgrade guides belong to, such as {@code admin} */
    List<Map<String, Object>> cards(HelpLanguage language, String productPath) {
        List<String> newestFirst = Stream.concat(catalog.supportedEnterpriseServerReleases().stream(),
                        catalog.deprecatedEnterpriseServerReleases().stream())
                .filter(ReleaseNumber::looksLikeRelease)
                .sorted(Comparator.comparing(ReleaseNumber::parse).reversed())
                .toList();
        List<Map<String, Object>> cards = new ArrayList<>();
        for (String release : catalog.supportedEnterpriseServerReleases()) {
            ProductVersion version = catalog.find(PLAN + "@" + release).orElseThrow();
            int position = newestFirst.indexOf(release);
            List<Map<String, Object>> upgradeFrom = new ArrayList<>();
            for (String earlier : newestFirst.subList(position + 1, Math.min(position + 3, newestFirst.size()))) {
                upgradeFrom.add(Map.of("release", earlier, "href", upgradeGuide(language, earlier, productPath)));
            }
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("title", version.title());
            card.put("upgradeFrom", upgradeFrom);
            card.put("docsHref", urls.page(language, version, ""));
            cards.add(card);
        }
        return cards;
    }

    private String upgradeGuide(HelpLanguage language, String release, String productPath) {
        return urls.prefix() + "/" + language.urlCode() + "/" + PLAN + "@" + release + "/" + productPath + "/" + UPGRADE_GUIDE;
    }
}
