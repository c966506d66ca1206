package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything under a help source root laid out like upstream's repository: {@code {lang}/content/**.md}
 * and {@code {lang}/data/...}. English decides which pages exist; a translation without an English page
 * is ignored, as upstream did.
 */
public final class HelpSources {

    private final Path root;
    private final VersionCatalog catalog;
    private final Map<String, HelpPage> pages;
    private final List<HelpSourceException> englishErrors;
    private final List<TranslationIssue> translationIssues;
    private final Map<HelpLanguage, DataStore> data;

    private HelpSources(Path root, VersionCatalog catalog, Map<String, HelpPage> pages, List<HelpSourceException> englishErrors,
                        List<TranslationIssue> translationIssues, Map<HelpLanguage, DataStore> data) {
        this.root = root;
        this.catalog = catalog;
        this.pages = pages;
        this.englishErrors = englishErrors;
        this.translationIssues = translationIssues;
        this.data = data;
    }

    public static HelpSources load(Path root, VersionCatalog catalog, LiquidParser parser) {
        Map<HelpLanguage, DataStore> data = new HashMap<>();
        for (HelpLanguage language : HelpLanguage.ALL) {
            data.put(language, new DataStore(root.resolve(language.sourceFolder()).resolve("data")));
        }
        List<HelpSourceException> englishErrors = new ArrayList<>();
        List<TranslationIssue> issues = new ArrayList<>();
        try {
            data.get(HelpLanguage.ENGLISH).checkYaml();
        } catch (HelpSourceException e) {
            englishErrors.add(e);
        }
        Path englishContent = root.resolve("en").resolve("content");
        Map<String, HelpPage> pages = new LinkedHashMap<>();
        for (Path file : markdownFiles(englishContent)) {
            String relative = englishContent.relativize(file).toString().replace('\\', '/');
            PageSource english;
            try {
                english = PageSource.parse(read(file), SourceNames.of(file), catalog, parser);
            } catch (HelpSourceException e) {
                englishErrors.add(e);
                continue;
            }
            Map<HelpLanguage, PageSource> translations = new LinkedHashMap<>();
            for (HelpLanguage language : HelpLanguage.ALL) {
                if (language.isEnglish()) {
                    continue;
                }
                Path translated = root.resolve(language.sourceFolder()).resolve("content").resolve(relative);
                String path = pathOf(relative);
                if (!Files.isRegularFile(translated)) {
                    issues.add(new TranslationIssue(language.urlCode(), TranslationIssue.Kind.MISSING_PAGE, path, "all",
                            new SourceLocation(SourceNames.of(translated), 1, 1), "no translation: the English page is shown"));
                    continue;
                }
                try {
                    translations.put(language, PageSource.parse(read(translated), SourceNames.of(translated), catalog, parser));
                } catch (HelpSourceException e) {
                    issues.add(new TranslationIssue(language.urlCode(), TranslationIssue.Kind.BROKEN_PAGE, path, "all",
                            e.location(), e.reason()));
                }
            }
            String path = pathOf(relative);
            pages.put(path, new HelpPage(path, relative.endsWith("index.md") && (relative.equals("index.md") || relative.endsWith("/index.md")),
                    english, translations));
        }
        return new HelpSources(root, catalog, pages, englishErrors, issues, data);
    }

    static String pathOf(String relativeFile) {
        String withoutExtension = relativeFile.substring(0, relativeFile.length() - ".md".length());
        if (withoutExtension.equals("index")) {
            return "";
        }
        return withoutExtension.endsWith("/index")
                ? withoutExtension.substring(0, withoutExtension.length() - "/index".length())
                : withoutExtension;
    }

    private static List<Path> markdownFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".md") && Files.isRegularFile(file))
                    .filter(file -> !file.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public VersionCatalog catalog() {
        return catalog;
    }

    /** By path, in the order of the source tree. */
    public Map<String, HelpPage> pages() {
        return pages;
    }

    public List<HelpSourceException> englishErrors() {
        return englishErrors;
    }

    /** Problems found while loading: missing and unparseable translations. */
    public List<TranslationIssue> translationIssues() {
        return translationIssues;
    }

    public DataStore data(HelpLanguage language) {
        return data.get(language);
    }
}
