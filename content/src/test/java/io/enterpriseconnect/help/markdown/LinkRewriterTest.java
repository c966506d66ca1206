package io.enterpriseconnect.help.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkRewriterTest {

    private static final ProductVersion GHES_31 = new ProductVersion("enterprise-server@3.1", "enterprise-server", "ghes", "3.1", true);
    private static final ProductVersion GHES_30 = new ProductVersion("enterprise-server@3.0", "enterprise-server", "ghes", "3.0", false);
    private static final ProductVersion GHAE = new ProductVersion("github-ae@latest", "github-ae", "ghae", "latest", true);
    private static final ProductVersion FPT = new ProductVersion("free-pro-team@latest", "free-pro-team", "fpt", "latest", true);
    private static final VersionCatalog CATALOG = new VersionCatalog(List.of(GHES_31, GHES_30, GHAE), List.of(FPT), List.of("2.20", "2.18"));
    private static final LinkRewriter UPSTREAM = new LinkRewriter(CATALOG, "");
    private static final LinkRewriter INSTANCE = new LinkRewriter(CATALOG, "/help");

    @Test
    void plainPathGetsLanguageAndVersion() {
        assertEquals("/en/enterprise-server@3.0/admin/overview/system-overview",
                UPSTREAM.rewrite("/admin/overview/system-overview", "en", GHES_30, false));
        assertEquals("/ja/github-ae@latest/admin/overview", UPSTREAM.rewrite("/admin/overview/", "ja", GHAE, false));
    }

    @Test
    void legacyEnterprisePathWithCurrentVersionKeepsItsRest() {
        assertEquals("/en/enterprise-server@3.1/admin/guides/installation/configuring-an-outbound-web-proxy-server",
                UPSTREAM.rewrite("/enterprise/enterprise-server@3.1/admin/guides/installation/configuring-an-outbound-web-proxy-server", "en", GHES_31, false));
    }

    @Test
    void legacyEnterprisePathWithoutVersionTakesTheCurrentOne() {
        assertEquals("/en/enterprise-server@3.0/admin/installation/setting-up-a-staging-instance",
                UPSTREAM.rewrite("/enterprise/admin/installation/setting-up-a-staging-instance", "en", GHES_30, false));
    }

    @Test
    void linkNamingAPlanOrDeprecatedReleaseOnlyGainsTheLanguage() {
        assertEquals("/en/enterprise-server@2.20", UPSTREAM.rewrite("/enterprise-server@2.20", "en", GHES_31, false));
        assertEquals("/ja/enterprise/2.18", UPSTREAM.rewrite("/enterprise/2.18", "ja", GHES_31, false));
    }

    @Test
    void dotcomOnlyLinkPointsAtGitHubDotCom() {
        assertEquals("/en/articles/github-connect-addendum-to-the-github-enterprise-license-agreement",
                UPSTREAM.rewrite("/articles/github-connect-addendum-to-the-github-enterprise-license-agreement/", "en", GHES_31, true));
    }

    @Test
    void assetsAndExternalLinksStay() {
        assertEquals("/assets/images/help/x.png", UPSTREAM.rewrite("/assets/images/help/x.png", "en", GHES_31, false));
        assertEquals("https://github.com/enterprise", UPSTREAM.rewrite("https://github.com/enterprise", "en", GHES_31, false));
    }

    @Test
    void instanceLinksCarryTheHelpPrefix() {
        assertEquals("/help/ja/enterprise-server@3.1/admin/configuration",
                INSTANCE.rewrite("/admin/configuration", "ja", GHES_31, false));
    }
}
