package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small catalog and in-memory data for Liquid tests. */
final class LiquidFixtures {

    static final ProductVersion GHES_31 = new ProductVersion("enterprise-server@3.1", "enterprise-server", "ghes", "3.1", true);
    static final ProductVersion GHES_30 = new ProductVersion("enterprise-server@3.0", "enterprise-server", "ghes", "3.0", false);
    static final ProductVersion GHES_221 = new ProductVersion("enterprise-server@2.21", "enterprise-server", "ghes", "2.21", false);
    static final ProductVersion GHAE = new ProductVersion("github-ae@latest", "github-ae", "ghae", "latest", true);
    static final ProductVersion FPT = new ProductVersion("free-pro-team@latest", "free-pro-team", "fpt", "latest", true);
    static final VersionCatalog CATALOG = new VersionCatalog(List.of(GHES_31, GHES_30, GHES_221, GHAE), List.of(FPT), List.of("2.20"));
    static final LiquidParser PARSER = new LiquidParser(CATALOG);

    private LiquidFixtures() {
    }

    static String render(String source, ProductVersion version, Map<String, String> data) {
        return PARSER.parse(source, "page.md").render(context(version, data));
    }

    static RenderContext context(ProductVersion version, Map<String, String> data) {
        DataResolver resolver = path -> Optional.ofNullable(data.get(path))
                .map(text -> new DataEntry(text, new SourceLocation("data/" + path, 1, 1), null));
        return new RenderContext(version, LiquidGlobals.forVersion(CATALOG, version, "en"), resolver, PARSER);
    }
}
