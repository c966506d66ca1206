package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Writes a tiny help source tree, as upstream lays it out, into a temporary directory. */
final class HelpSourceFixture {

    static final String VERSIONS = """
            versions:
              - {id: enterprise-server@3.1, plan: enterprise-server, shortName: ghes, release: '3.1', latest: true}
              - {id: enterprise-server@3.0, plan: enterprise-server, shortName: ghes, release: '3.0', latest: false}
              - {id: github-ae@latest, plan: github-ae, shortName: ghae, release: latest, latest: true}
            """;

    private final Path root;

    HelpSourceFixture(Path root) {
        this.root = root;
        write("versions.yml", VERSIONS);
        write("en/data/variables/product.yml", "product_name: '{% ifversion ghae %}GitHub AE{% else %}GitHub Enterprise Server{% endif %}'\n");
    }

    HelpSourceFixture write(String path, String text) {
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    VersionCatalog catalog() {
        return VersionCatalog.load(root.resolve("versions.yml"));
    }

    HelpSources load() {
        VersionCatalog catalog = catalog();
        return HelpSources.load(root, catalog, new LiquidParser(catalog));
    }

    /** Builds the site in memory, without a link prefix. */
    Map<String, String> build(SiteBuilder.Result[] result) {
        VersionCatalog catalog = catalog();
        LiquidParser parser = new LiquidParser(catalog);
        Map<String, String> files = new HashMap<>();
        result[0] = new SiteBuilder(HelpSources.load(root, catalog, parser), parser, new SiteUrls("")).build(files::put);
        return files;
    }

    static String article(String frontMatter, String body) {
        return "---\n" + frontMatter + "---\n" + body;
    }
}
