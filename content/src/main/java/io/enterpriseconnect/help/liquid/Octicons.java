package io.enterpriseconnect.help.liquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inline SVG of every Octicon, written as upstream's {@code octicon} tag wrote it through the package's own
 * {@code toSVG(options)}: the icon's natural size closest to the requested height (default 16), attributes in the
 * package's order ({@code version width height viewBox class aria-hidden}, then the tag's own), a given
 * {@code aria-label} replacing {@code aria-hidden} and adding {@code role="img"}.
 *
 * <p>The icons are the {@code @primer/octicons} package itself (its {@code build/data.json}), installed from the npm
 * registry by the build (see {@code src/npm/package.json}) and copied beside this class.
 */
final class Octicons {

    private static final int DEFAULT_HEIGHT = 16;
    private static final JsonNode ICONS = load();

    private Octicons() {
    }

    private static JsonNode load() {
        try (InputStream in = Octicons.class.getResourceAsStream("octicons/data.json")) {
            if (in == null) {
                throw new IllegalStateException("octicons/data.json is missing from the classpath: the build installs it "
                        + "from the npm registry (content/src/npm); run the content module's build");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every icon name the package has. */
    static Set<String> names() {
        Set<String> names = new java.util.TreeSet<>();
        ICONS.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * @param options the tag's {@code key="value"} attributes, in the order written
     * @return the icon's SVG, or empty when the package has no icon of that name
     */
    static Optional<String> svg(String name, Map<String, String> options) {
        JsonNode icon = ICONS.get(name);
        if (icon == null) {
            return Optional.empty();
        }
        JsonNode heights = icon.get("heights");
        String natural = closestNaturalHeight(heights, requestedHeight(options));
        JsonNode size = heights.get(natural);
        int naturalWidth = size.get("width").asInt();
        int naturalHeight = Integer.parseInt(natural);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("version", "1.1");
        attributes.put("width", String.valueOf(naturalWidth));
        attributes.put("height", String.valueOf(naturalHeight));
        attributes.put("viewBox", "0 0 " + naturalWidth + " " + naturalHeight);
        attributes.put("class", "octicon octicon-" + name);
        attributes.put("aria-hidden", "true");
        attributes.putAll(options);
        String width = options.get("width");
        String height = options.get("height");
        if (width != null || height != null) {
            attributes.put("width", width != null ? width : scaled(height, naturalWidth, naturalHeight));
            attributes.put("height", height != null ? height : scaled(width, naturalHeight, naturalWidth));
        }
        if (options.containsKey("class")) {
            attributes.put("class", ("octicon octicon-" + name + " " + options.get("class")).trim());
        }
        if (options.containsKey("aria-label")) {
            attributes.put("role", "img");
            attributes.remove("aria-hidden");
        }
        List<String> written = new ArrayList<>();
        attributes.forEach((key, value) -> written.add(key + "=\"" + escapeAttribute(value) + "\""));
        return Optional.of("<svg " + String.join(" ", written) + ">" + size.get("path").asText() + "</svg>");
    }

    private static int requestedHeight(Map<String, String> options) {
        String requested = options.getOrDefault("height", options.get("width"));
        if (requested == null) {
            return DEFAULT_HEIGHT;
        }
        try {
            return Integer.parseInt(requested.trim());
        } catch (NumberFormatException notANumber) {
            return DEFAULT_HEIGHT;
        }
    }

    /** As the package picks: the largest natural height not above the requested one, else the first it lists. */
    private static String closestNaturalHeight(JsonNode heights, int requested) {
        String first = heights.fieldNames().next();
        String closest = first;
        for (var names = heights.fieldNames(); names.hasNext(); ) {
            String natural = names.next();
            if (Integer.parseInt(natural) <= requested) {
                closest = natural;
            }
        }
        return closest;
    }

    private static String scaled(String given, int numerator, int denominator) {
        try {
            double value = Double.parseDouble(given.trim()) * numerator / denominator;
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return given;
        }
    }

    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
