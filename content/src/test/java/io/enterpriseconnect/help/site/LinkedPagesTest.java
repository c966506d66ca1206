package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enterpriseconnect.help.versions.ProductVersion;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedPagesTest {

    @TempDir
    Path root;

    private HelpSources sources;
    private LinkedPages pages;

    @BeforeEach
    void load() {
        HelpSourceFixture fixture = new HelpSourceFixture(root).write("en/content/admin/configuration/tls.md", HelpSourceFixture.article("""
                title: Configuring TLS
                redirect_from:
                  - /enterprise/admin/installation/configuring-tls/
                  - /admin/configuration/configuring-tls
                versions:
                  ghes: '*'
                """, "Text.\n"));
        sources = fixture.load();
        pages = new LinkedPages(sources);
    }

    @Test
    void findsAPageByItsOwnPath() {
        assertEquals(Optional.of("admin/configuration/tls"), found("/admin/configuration/tls/", "enterprise-server@3.1"));
    }

    @Test
    void findsAPageByAPathItWasRedirectedFrom() {
        assertEquals(Optional.of("admin/configuration/tls"), found("/admin/configuration/configuring-tls#about", "enterprise-server@3.0"));
    }

    @Test
    void findsAnOldEnterprisePathInsideAVersionWithAndWithoutItsGuidesSegment() {
        assertEquals(Optional.of("admin/configuration/tls"), found("/admin/installation/configuring-tls", "enterprise-server@3.1"));
        assertEquals(Optional.of("admin/configuration/tls"), found("/admin/guides/installation/configuring-tls", "enterprise-server@3.1"));
    }

    @Test
    void namesNothingInAVersionThePageIsNotIn() {
        assertEquals(Optional.empty(), found("/admin/configuration/tls", "github-ae@latest"));
        assertEquals(Optional.empty(), found("/admin/configuration/configuring-tls", "github-ae@latest"));
    }

    private Optional<String> found(String link, String version) {
        ProductVersion rendered = sources.catalog().findRendered(version).orElseThrow();
        return pages.find(link, rendered).map(HelpPage::path);
    }
}
