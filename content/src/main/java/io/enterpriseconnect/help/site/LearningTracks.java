package io.enterpriseconnect.help.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The learning tracks of each product, from {@code data/learning-tracks/{product}.yml}: a translation's track
 * with the English one underneath, so that a field or track the translation lacks (or a translated file that does
 * not parse) reads as English, like every other piece of data.
 */
final class LearningTracks {

    /**
     * One track as written, Liquid unrendered.
     *
     * @param featured {@code featured_track}: true, or Liquid that renders to "true" in the versions it is featured in
     */
    record Track(String name, String title, String description, String featured, List<String> guides, String file) {
    }

    private final HelpSources sources;
    private final Map<Path, Map<String, Object>> files = new ConcurrentHashMap<>();

    LearningTracks(HelpSources sources) {
        this.sources = sources;
    }

    Optional<Track> find(String product, String name, HelpLanguage language) {
        Path englishFile = fileOf(HelpLanguage.ENGLISH, product);
        Map<String, Object> merged = new LinkedHashMap<>(fields(englishFile, name));
        Path file = englishFile;
        if (!language.isEnglish()) {
            Path translatedFile = fileOf(language, product);
            Map<String, Object> translated = fields(translatedFile, name);
            if (!translated.isEmpty()) {
                merged.putAll(translated);
                file = translatedFile;
            }
        }
        if (merged.isEmpty()) {
            return Optional.empty();
        }
        Object guides = merged.get("guides");
        return Optional.of(new Track(name, text(merged.get("title")), text(merged.get("description")), text(merged.get("featured_track")),
                guides instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                SourceNames.of(file)));
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

    private static Map<String, Object> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            if (!(root instanceof Map<?, ?> map)) {
                return Map.of();
            }
            Map<String, Object> tracks = new LinkedHashMap<>();
            map.forEach((key, value) -> tracks.put(String.valueOf(key), value));
            return tracks;
        } catch (YAMLException unparseable) {
            // A file that does not parse contributes no tracks: a translation's are then read from English.
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
