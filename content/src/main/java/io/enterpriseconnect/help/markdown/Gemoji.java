package io.enterpriseconnect.help.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's emoji shortcodes ({@code :tada:}), as upstream's remark-gemoji-to-emoji turned them into emoji in text:
 * every name of GitHub's {@code gemoji} data (installed from the npm registry by the build, see
 * {@code src/npm/package.json}), matched by the plugin's own pattern. A {@code :word:} that names no emoji stays as
 * written, as upstream left it: the docs are full of such text that is not meant as a shortcode (times such as
 * {@code 12:00:00}, key fingerprints such as {@code 2b:dc:}, table rules such as {@code :---:}), so it cannot be
 * told from a mistyped shortcode.
 */
final class Gemoji {

    private static final Pattern SHORTCODE = Pattern.compile(":(\\+1|[-A-Za-z0-9_]+):");
    private static final Map<String, String> BY_NAME = load();

    private Gemoji() {
    }

    private static Map<String, String> load() {
        try (InputStream in = Gemoji.class.getResourceAsStream("gemoji/index.json")) {
            if (in == null) {
                throw new IllegalStateException("gemoji/index.json is missing from the classpath: the build installs it "
                        + "from the npm registry (content/src/npm); run the content module's build");
            }
            Map<String, String> byName = new HashMap<>();
            new ObjectMapper().readTree(in).fields().forEachRemaining(entry -> {
                for (JsonNode name : entry.getValue().get("names")) {
                    byName.put(name.asText(), entry.getKey());
                }
            });
            return Map.copyOf(byName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> all() {
        return BY_NAME;
    }

    /** The text with every known shortcode replaced by its emoji; the same string when there is none. */
    static String replaceShortcodes(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        return SHORTCODE.matcher(text).replaceAll(shortcode ->
                Matcher.quoteReplacement(BY_NAME.getOrDefault(shortcode.group(1), shortcode.group())));
    }
}
