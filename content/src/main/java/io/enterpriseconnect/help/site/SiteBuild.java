package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.search.SearchIndexBuild;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build step: {@code SiteBuild --source=src/help --output=target/classes/help-site --link-prefix=/help}.
 * Renders what is there (an empty or partial source tree is fine), prints the wall time, and fails on any
 * error in an English source with {@code file:line:col: message}.
 */
public final class SiteBuild {

    private SiteBuild() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        Path source = Path.of(options.getOrDefault("source", "src/help"));
        Path output = Path.of(options.getOrDefault("output", "target/classes/help-site"));
        String prefix = options.getOrDefault("link-prefix", "/help");
        long start = System.nanoTime();
        Path versionsFile = source.resolve("versions.yml");
        if (!Files.isRegularFile(versionsFile)) {
            System.out.println("help-site: no " + versionsFile + " yet, nothing to render");
            return;
        }
        VersionCatalog catalog = VersionCatalog.load(versionsFile);
        LiquidParser parser = new LiquidParser(catalog);
        HelpSources sources = HelpSources.load(source, catalog, parser);
        deleteTree(output);
        SiteBuilder.Result result = new SiteBuilder(sources, parser, new SiteUrls(prefix)).build(new DirectoryOutput(output));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!result.errors().isEmpty()) {
            StringBuilder message = new StringBuilder("help-site: " + result.errors().size() + " error(s) in English help sources:");
            for (HelpSourceException error : result.errors()) {
                message.append('\n').append(error.getMessage());
                System.err.println(error.getMessage());
            }
            throw new IllegalStateException(message.toString());
        }
        long indexStart = System.nanoTime();
        Map<String, Integer> indexed = SearchIndexBuild.run(output, result.pagePaths());
        System.out.printf("help-site: indexed the pages for search (documents per language: %s) in %d ms%n", indexed,
                (System.nanoTime() - indexStart) / 1_000_000);
        System.out.printf("help-site: rendered %d pages (%d translation fallbacks, %d redirects) into %s in %d ms%n",
                result.pagePaths().size(), result.report().issues().size(), result.redirects().targets().size(), output, millis);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
