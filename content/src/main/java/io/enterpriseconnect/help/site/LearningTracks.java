package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.YamlErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The learning tracks of each product, from {@code data/learning-tracks/{product}.yml}: a translation's track
 * with the English one underneath, so that a field or track the translation lacks (or a translated file that does
 * not parse) reads as English and lands in the translation report, like every other piece of data. An English
 * file that does not parse is an error at its line.
 */
final class LearningTracks {

    /**
     * One track as written, Liquid unrendered.
     *
     * @param featured {@code featured_track}: true, or Liquid that renders to "true" in the versions it is featured in
     */
    record Track(String name, String title, String description, String featured, List<String> guides, String file) {
    }

    private static final List<String> TRANSLATED_FIELDS = List.of("title", "description");

    private final HelpSources sources;
    private final Consumer<TranslationIssue> issues;
    private final Map<Path, Map<String, Object>> files = new ConcurrentHashMap<>();

    LearningTracks(HelpSources sources, Consumer<TranslationIssue> issues) {
        this.sources = sources;
        this.issues = issues;
    }

    /** @param page the page that shows the track, for the translation report */
    Optional<Track> find(String product, String name, HelpLanguage language, String page, String version) {
        Path englishFile = fileOf(HelpLanguage.ENGLISH, product);
        Map<String, Object> english = fields(englishFile, name);
        if (english.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> merged = new LinkedHashMap<>(english);
        Path file = englishFile;
        if (!language.isEnglish()) {
            Path translatedFile = fileOf(language, product);
            Map<String, Object> translated = translatedFields(translatedFile, name, language, page, version);
            merged.putAll(translated);
            file = translated.isEmpty() ? englishFile : translatedFile;
            for (String field : TRANSLATED_FIELDS) {
                if (!translated.containsKey(field) && english.containsKey(field)) {
                    issues.accept(new TranslationIssue(language.urlCode(), TranslationIssue.Kind.MISSING_DATA, page, version,
                            new SourceLocation(SourceNames.of(translatedFile), 1, 1),
                            "no translation of 'learning-tracks." + product + "." + name + "." + field + "': the English text is used"));
                }
            }
        }
        Object guides = merged.get("guides");
        return Optional.of(new Track(name, text(merged.get("title")), text(merged.get("description")), text(merged.get("featured_track")),
                guides instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                SourceNames.of(file)));
    }

    private Map<String, Object> translatedFields(Path file, String name, HelpLanguage language, String page, String version) {
        try {
            return fields(file, name);
        } catch (HelpSourceException broken) {
            issues.accept(new TranslationIssue(language.urlCode(), TranslationIssue.Kind.BROKEN_DATA, page, version,
                    broken.location(), broken.reason() + "; English data is used"));
            return Map.of();
        }
    }

    private Path fileOf(HelpLanguage language, String product) {
        return sources.root().resolve(language.sourceFolder()).resolve("data").resolve("learning-tracks").resolve(product + ".yml");
    }

    private Map<String, Object> fields(Path file, String name) {
        Object track = files.computeIfAbsent(file, LearningTracks::read).get(name);
        if (!(track instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> fields.put(String.valueOf(key), value));
        return fields;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** @throws HelpSourceException at the syntax error of a file that does not parse */
    private static Map<String, Object> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Object root;
        String yaml = null;
        try {
            yaml = Files.readString(file);
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (MarkedYAMLException e) {
            throw YamlErrors.of(e, yaml, SourceNames.of(file), 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, Object> tracks = new LinkedHashMap<>();
        map.forEach((key, value) -> tracks.put(String.valueOf(key), value));
        return tracks;
    }
}
