package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedSiteTest {

    @TempDir
    Path root;

    @Test
    void servesPagesRedirectsAndNotFoundFromTheClasspath() throws Exception {
        Path sources = root.resolve("help");
        new HelpSourceFixture(sources).write("en/content/admin/connecting.md", HelpSourceFixture.article("""
                title: Connecting
                redirect_from:
                  - /enterprise/admin/installation/connecting
                versions:
                  ghes: '*'
                """, "Body\n"));
        VersionCatalog catalog = VersionCatalog.load(sources.resolve("versions.yml"));
        LiquidParser parser = new LiquidParser(catalog);
        Path classes = root.resolve("classes");
        new SiteBuilder(HelpSources.load(sources, catalog, parser), parser, new SiteUrls("/help"))
                .build(new DirectoryOutput(classes.resolve("help-site")));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            RenderedSite site = RenderedSite.fromClassLoader(loader);
            String page = new String(site.resolve("/ja/enterprise-server@3.0/admin/connecting").orElseThrow().content(), StandardCharsets.UTF_8);
            assertTrue(page.contains("<h1 class=\"border-bottom-0\">Connecting</h1>"), page);
            assertTrue(site.page("en", "enterprise-server@3.1", "admin/connecting").isPresent());
            assertEquals("/help/en/enterprise-server@3.1/admin/connecting", site.redirect("/enterprise/admin/installation/connecting").orElseThrow());
            assertEquals("text/css; charset=UTF-8", site.resolve("/assets/help.css").orElseThrow().contentType());
            assertTrue(site.resolve("/en/enterprise-server@3.1/../../etc").isEmpty());
            assertTrue(site.resolve("/en/github-ae@latest/admin/connecting").isEmpty());
            assertTrue(new String(site.notFoundPage("ja"), StandardCharsets.UTF_8).contains("<h1>"));
        }
    }
}
