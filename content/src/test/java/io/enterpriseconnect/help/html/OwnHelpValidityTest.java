package io.enterpriseconnect.help.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.site.HelpSources;
import io.enterpriseconnect.help.site.SiteBuilder;
import io.enterpriseconnect.help.site.SiteUrls;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The product's own help (src/help), every page in every language and version, passes the Nu Html Checker in its
 * article region. The whole corpus matrix is checked by ConformanceTest and the conformance command.
 */
class OwnHelpValidityTest {

    @Test
    void everyPageOfTheProductHelpIsValidHtml() {
        Path sources = Path.of("src/help");
        VersionCatalog catalog = VersionCatalog.load(sources.resolve("versions.yml"));
        LiquidParser parser = new LiquidParser(catalog);
        Map<String, String> site = new ConcurrentHashMap<>();
        SiteBuilder.Result result = new SiteBuilder(HelpSources.load(sources, catalog, parser), parser, new SiteUrls("/help")).build(site::put);
        assertEquals(List.of(), result.errors());
        assertTrue(site.keySet().stream().filter(file -> file.endsWith("/index.html")).count() > 50, "pages rendered: " + site.size());
        assertEquals(Map.of(), ArticleValidity.check(site));
    }
}
