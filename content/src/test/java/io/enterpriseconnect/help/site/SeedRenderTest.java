package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Our own help against the page docs.github.com rendered from the seed source (seed 002, Enterprise Server 3.1,
 * English): the article must say the same words. Only the text is compared: the chrome around the article and
 * link prefixes differ by design, and skipped where the shared seeds are absent.
 */
class SeedRenderTest {

    private static final Path HELP_SOURCES = Path.of("src/help");
    private static final String CONNECTING_PAGE = "en/enterprise-server@3.1/admin/configuration/"
            + "managing-connections-between-github-enterprise-server-and-github-enterprise-cloud/"
            + "connecting-github-enterprise-server-to-github-enterprise-cloud/index.html";

    @Test
    void englishConnectingPageFor31SaysWhatDocsGithubComRendered() throws IOException {
        Path seeds = Path.of(System.getProperty("help.seeds", "../../shared/seeds"));
        assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds.toAbsolutePath());

        assertEquals(articleText(Files.readString(seed(seeds, "002_"))), articleText(renderOwnHelp().get(CONNECTING_PAGE)));
    }

    private static Map<String, String> renderOwnHelp() {
        VersionCatalog catalog = VersionCatalog.load(HELP_SOURCES.resolve("versions.yml"));
        LiquidParser parser = new LiquidParser(catalog);
        Map<String, String> site = new HashMap<>();
        new SiteBuilder(HelpSources.load(HELP_SOURCES, catalog, parser), parser, new SiteUrls("/help"))
                .build(site::put);
        return site;
    }

    /** The visible words of the article region (title, intro, permissions, "In this article", body), whitespace collapsed. */
    private static String articleText(String html) {
        Element article = Jsoup.parse(html).selectFirst("div.article-grid-container");
        return article == null ? "" : article.text().replaceAll("\\s+", " ").strip();
    }

    private static Path seed(Path seeds, String number) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(file -> file.getFileName().toString().startsWith(number)).findFirst().orElseThrow();
        }
    }
}
