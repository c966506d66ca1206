package io.enterpriseconnect.help.conformance;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.site.FrontMatterParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Japanese site as upstream built it: from the root, through the {@code children} lists of the translated index
 * pages (of the English ones where no translation exists). It tells which translated pages that tree never reached
 * and which translated index pages list other children than their English originals.
 */
record TranslatedTree(Set<String> translatedPagesOutside, Set<String> indexesWithOwnChildren) {

    static TranslatedTree of(Path sources) {
        Path english = sources.resolve("en").resolve("content");
        Path japanese = sources.resolve("ja-JP").resolve("content");
        Set<String> reached = new HashSet<>();
        Set<String> ownChildren = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(""));
        while (!pending.isEmpty()) {
            String path = pending.pop();
            if (!reached.add(path)) {
                continue;
            }
            List<String> englishChildren = children(english, path);
            List<String> translatedChildren = Files.exists(file(japanese, path)) ? children(japanese, path) : englishChildren;
            if (!translatedChildren.equals(englishChildren)) {
                ownChildren.add(path);
            }
            for (String child : translatedChildren) {
                String childPath = (path.isEmpty() ? "" : path + "/") + child.replaceFirst("^/", "");
                if (Files.exists(file(english, childPath)) || Files.exists(file(japanese, childPath))) {
                    pending.push(childPath);
                }
            }
        }
        Set<String> outside = new HashSet<>();
        try (Stream<Path> files = Files.walk(japanese)) {
            for (Path file : files.filter(each -> each.toString().endsWith(".md")).toList()) {
                String relative = japanese.relativize(file).toString().replace('\\', '/');
                String path = relative.substring(0, relative.length() - ".md".length()).replaceAll("(^|/)index$", "");
                if (Files.exists(english.resolve(relative)) && !reached.contains(path)) {
                    outside.add(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TranslatedTree(outside, ownChildren);
    }

    private static Path file(Path content, String path) {
        Path index = content.resolve(path).resolve("index.md");
        return Files.exists(index) ? index : content.resolve(path + ".md");
    }

    private static List<String> children(Path content, String path) {
        Path file = file(content, path);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return FrontMatterParser.parse(Files.readString(file), file.toString()).frontMatter().texts("children");
        } catch (HelpSourceException unparseable) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
