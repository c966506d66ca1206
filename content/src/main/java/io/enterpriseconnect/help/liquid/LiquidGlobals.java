package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.ReleaseNumber;
import io.enterpriseconnect.help.versions.VersionCatalog;
import io.enterpriseconnect.help.versions.VersionRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The variables upstream pages read: {@code currentVersion}, {@code enterpriseServerReleases} and friends. */
public final class LiquidGlobals {

    /** Releases up to 2.18 were published under the old {@code /enterprise/2.18} URL format. */
    private static final VersionRange LEGACY_URL_FORMAT = VersionRange.parse("<=2.18");
    /** Releases up to 2.16 kept their API docs on the old developer site. */
    private static final VersionRange ON_DEVELOPER_SITE = VersionRange.parse("<=2.16");

    private LiquidGlobals() {
    }

    public static Map<String, Object> forVersion(VersionCatalog catalog, ProductVersion version, String languageCode) {
        Map<String, Object> globals = new HashMap<>();
        globals.put("currentVersion", version.id());
        globals.put("currentLanguage", languageCode);
        globals.put("enterpriseServerVersions",
                catalog.versionsOfPlan("enterprise-server").stream().map(ProductVersion::id).toList());
        globals.put("enterpriseServerReleases", enterpriseServerReleases(catalog));
        // Translated sources read page.version, which upstream's page object answered with the current version.
        globals.put("page", Map.of("version", version.id()));
        return globals;
    }

    private static Map<String, Object> enterpriseServerReleases(VersionCatalog catalog) {
        List<String> supported = catalog.supportedEnterpriseServerReleases();
        List<String> deprecated = catalog.deprecatedEnterpriseServerReleases();
        Map<String, Object> releases = new HashMap<>();
        releases.put("supported", supported);
        releases.put("deprecated", deprecated);
        releases.put("latest", supported.isEmpty() ? null : supported.get(0));
        releases.put("oldestSupported", supported.isEmpty() ? null : supported.get(supported.size() - 1));
        releases.put("deprecatedReleasesWithLegacyFormat", within(deprecated, LEGACY_URL_FORMAT, true));
        releases.put("deprecatedReleasesWithNewFormat", within(deprecated, LEGACY_URL_FORMAT, false));
        releases.put("deprecatedReleasesOnDeveloperSite", within(deprecated, ON_DEVELOPER_SITE, true));
        return releases;
    }

    private static List<String> within(List<String> releases, VersionRange range, boolean inside) {
        return releases.stream()
                .filter(release -> range.includes(ReleaseNumber.parse(release)) == inside)
                .toList();
    }
}
