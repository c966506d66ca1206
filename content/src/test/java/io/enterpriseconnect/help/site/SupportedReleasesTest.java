package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupportedReleasesTest {

    private static final ProductVersion V31 = new ProductVersion("enterprise-server@3.1", "enterprise-server", "ghes", "3.1", true);
    private static final ProductVersion V30 = new ProductVersion("enterprise-server@3.0", "enterprise-server", "ghes", "3.0", false);
    private static final ProductVersion AE = new ProductVersion("github-ae@latest", "github-ae", "ghae", "latest", true);
    private static final VersionCatalog CATALOG = new VersionCatalog(List.of(V31, V30, AE), List.of(), List.of("2.22", "2.21"));

    @Test
    void eachSupportedReleaseCanBeUpgradedToFromTheTwoReleasesBeforeItDeprecatedOnesIncluded() {
        List<Map<String, Object>> cards = new SupportedReleases(CATALOG, new SiteUrls("/help")).cards(HelpLanguage.ENGLISH, "admin");
        assertEquals(List.of("Enterprise Server 3.1", "Enterprise Server 3.0"), cards.stream().map(card -> card.get("title")).toList());
        assertEquals(List.of(
                Map.of("release", "2.22", "href", "/help/en/enterprise-server@2.22/admin/enterprise-management/upgrading-github-enterprise-server"),
                Map.of("release", "2.21", "href", "/help/en/enterprise-server@2.21/admin/enterprise-management/upgrading-github-enterprise-server")),
                cards.get(1).get("upgradeFrom"));
        assertEquals("/help/en/enterprise-server@3.0", cards.get(1).get("docsHref"));
    }

    @Test
    void shownOnlyInEnterpriseServer() {
        assertTrue(SupportedReleases.shownIn(V30));
        assertFalse(SupportedReleases.shownIn(AE));
    }
}
