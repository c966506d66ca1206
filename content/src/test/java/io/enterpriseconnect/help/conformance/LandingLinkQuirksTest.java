package io.enterpriseconnect.help.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.site.HelpSources;
import io.enterpriseconnect.help.site.PageRenderer;
import io.enterpriseconnect.help.site.SiteBuilder;
import io.enterpriseconnect.help.site.SiteUrls;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandingLinkQuirksTest {

    private static final String SERVER = "/ja/enterprise-server@3.1";

    @TempDir
    Path root;

    private LandingLinkQuirks quirks;

    @BeforeEach
    void writeSources() throws IOException {
        write("versions.yml", """
                versions:
                  - {id: enterprise-server@3.1, plan: enterprise-server, shortName: ghes, release: '3.1', latest: true}
                """);
        write("en/content/admin/index.md", "---\ntitle: Admin\nversions:\n  ghes: '*'\nchildren:\n  - /scanning\n---\n");
        write("en/content/admin/scanning.md", "---\ntitle: Scanning\nredirect_from:\n  - /admin/old/scanning\nversions:\n  ghes: '*'\n---\n");
        VersionCatalog catalog = VersionCatalog.load(root.resolve("versions.yml"));
        HelpSources sources = HelpSources.load(root, catalog, new LiquidParser(catalog));
        PageRenderer renderer = new SiteBuilder(sources, new LiquidParser(catalog), new SiteUrls("")).renderer();
        quirks = new LandingLinkQuirks(sources, renderer, Set.of("admin/scanning"), Map.of("/admin/orphan", "孤児のページ"));
    }

    @Test
    void linksToProductsTheCorpusLacksAreTheOnlyLinesUpstreamHasMore() {
        assertEquals(Optional.of(LandingLinkQuirks.LINK_OUTSIDE_CORPUS), quirks.explain("/en/enterprise-server@3.1/admin", "featured-links",
                "## popular Popular\n/en/enterprise-server@3.1/github/trial | Trial→\n/en/enterprise-server@3.1/admin/scanning | Scanning→",
                "## popular Popular\n/en/enterprise-server@3.1/admin/scanning | Scanning→"));
    }

    @Test
    void aMissingLinkToAPageTheCorpusHasIsNotExplained() {
        assertEquals(Optional.empty(), quirks.explain("/en/enterprise-server@3.1/admin", "featured-links",
                "/en/enterprise-server@3.1/admin/scanning | Scanning→", ""));
    }

    @Test
    void japaneseLinesForPagesOutsideTheTranslatedTreeMayShowTheEnglishTexts() {
        assertEquals(Optional.of(LandingLinkQuirks.LINKED_PAGE_OUTSIDE_TRANSLATED_TREE), quirks.explain(SERVER + "/admin/guides", "guides",
                SERVER + "/admin/old/scanning | Scanning | ハウツーガイド", SERVER + "/admin/old/scanning | スキャン | ハウツーガイド"));
    }

    @Test
    void japaneseLinesForPagesOutsideTheTreeMustShowTheirEnglishTitle() {
        assertEquals(Optional.empty(), quirks.explain(SERVER + "/admin/guides", "guides",
                SERVER + "/admin/old/scanning | 別のタイトル | ハウツーガイド", SERVER + "/admin/old/scanning | スキャン | ハウツーガイド"));
    }

    @Test
    void japaneseLinesForOtherPagesAreNotExplainedByTheTree() {
        assertEquals(Optional.empty(), quirks.explain(SERVER + "/admin/guides", "guides",
                SERVER + "/admin | Admin", SERVER + "/admin | 管理"));
    }

    @Test
    void aJapaneseLinkToAnOrphansPathShowingTheOrphansTitleIsExplained() {
        assertEquals(Optional.of(LandingLinkQuirks.LINK_TO_ORPHAN), quirks.explain(SERVER + "/admin", "featured-links",
                SERVER + "/admin/orphan | 孤児のページ→", SERVER + "/admin/orphan | Release notes→"));
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
