package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.SourceLocation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One value of the help's data: a variable from {@code data/variables/*.yml} or a reusable from
 * {@code data/reusables/**.md}. Its Liquid is parsed once, on first use.
 *
 * @see DataResolver
 */
public final class DataEntry {

    private final String text;
    private final SourceLocation origin;
    private final String fallbackFrom;
    private final Map<Integer, Template> templateByIndent = new ConcurrentHashMap<>();

    /**
     * @param fallbackFrom the language whose translation lacked this entry, so the English one is used;
     *                     null when the entry is in the language being rendered
     */
    public DataEntry(String text, SourceLocation origin, String fallbackFrom) {
        this.text = text;
        this.origin = origin;
        this.fallbackFrom = fallbackFrom;
    }

    public String text() {
        return text;
    }

    public SourceLocation origin() {
        return origin;
    }

    public boolean isFallback() {
        return fallbackFrom != null;
    }

    /** The same entry, marked as standing in for a missing translation. */
    public DataEntry asFallbackFor(String language) {
        return new DataEntry(text, origin, language);
    }

    /**
     * Upstream trims a {@code data} value before rendering it, and indents an
     * {@code indented_data_reference} value line by line without trimming.
     */
    Template template(int indent, LiquidParser parser) {
        return templateByIndent.computeIfAbsent(indent, spaces -> {
            String source = spaces == 0 ? text.strip() : text.replaceAll("(?m)^", " ".repeat(spaces));
            return parser.parse(source, origin.file(), origin.line(), origin.column());
        });
    }
}
