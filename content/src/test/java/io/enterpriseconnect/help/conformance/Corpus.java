package io.enterpriseconnect.help.conformance;

import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.site.HelpSources;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The shared reference corpus: upstream's sources of 2021-06 and its own renders of them. Found at the
 * {@code help.corpus} system property, by default {@code ../shared/corpus} from the repository root.
 */
public record Corpus(Path root) {

    public static final String PROPERTY = "help.corpus";

    public static Corpus locate(String override) {
        String location = override != null ? override : System.getProperty(PROPERTY, "../shared/corpus");
        return new Corpus(Path.of(location).toAbsolutePath().normalize());
    }

    public boolean isPresent() {
        return Files.isDirectory(sources()) && Files.isDirectory(referenceHtml());
    }

    public Path sources() {
        return root.resolve("github-docs-2021-06");
    }

    public Path referenceHtml() {
        return root.resolve("reference-html");
    }

    /** The corpus's versions: the project's five plus what its sources name, from a fixture beside the tests. */
    public static VersionCatalog versions() {
        try {
            return VersionCatalog.load(Path.of(Objects.requireNonNull(Corpus.class.getResource("/corpus-versions.yml")).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public HelpSources load(VersionCatalog catalog) {
        return HelpSources.load(sources(), catalog, new LiquidParser(catalog));
    }
}
