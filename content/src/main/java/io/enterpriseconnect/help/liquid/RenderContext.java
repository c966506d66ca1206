package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.versions.ProductVersion;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Everything a template may read while it renders for one version and language: the variables,
 * the data, and the chain of data references being expanded (to catch a reusable that includes itself).
 */
public final class RenderContext {

    private record Local(String name, Object value) {
    }

    private final ProductVersion version;
    private final Map<String, Object> globals;
    private final DataResolver data;
    private final LiquidParser parser;
    private final Deque<Local> locals = new ArrayDeque<>();
    private final Deque<String> expanding = new ArrayDeque<>();
    private final List<DataFallback> fallbacks = new ArrayList<>();

    public RenderContext(ProductVersion version, Map<String, Object> globals, DataResolver data, LiquidParser parser) {
        this.version = version;
        this.globals = globals;
        this.data = data;
        this.parser = parser;
    }

    public ProductVersion version() {
        return version;
    }

    /** Data entries that stood in for missing translations while rendering with this context. */
    public List<DataFallback> fallbacks() {
        return List.copyOf(fallbacks);
    }

    boolean isDefined(String name) {
        for (Local local : locals) {
            if (local.name().equals(name)) {
                return true;
            }
        }
        return globals.containsKey(name);
    }

    Object lookup(String name) {
        for (Local local : locals) {
            if (local.name().equals(name)) {
                return local.value();
            }
        }
        return globals.get(name);
    }

    void pushLocal(String name, Object value) {
        locals.push(new Local(name, value));
    }

    void popLocal() {
        locals.pop();
    }

    void renderData(String path, int indent, SourceLocation at, StringBuilder out) {
        DataEntry entry = data.find(path)
                .orElseThrow(() -> new HelpSourceException(at, "unknown data reference '" + path + "'"));
        if (expanding.contains(path)) {
            List<String> chain = new ArrayList<>(expanding);
            java.util.Collections.reverse(chain);
            chain.add(path);
            throw new HelpSourceException(at, "data reference '" + path + "' includes itself: " + String.join(" -> ", chain));
        }
        if (entry.isFallback()) {
            fallbacks.add(new DataFallback(path, at));
        }
        expanding.push(path);
        try {
            int start = out.length();
            entry.template(indent, parser).renderInto(this, out);
            if (indent == 0 && startsListItem(out, start) && !atLineStart(out, start)) {
                out.insert(start, '\n');
            }
        } finally {
            expanding.pop();
        }
    }

    /**
     * Whether the text rendered from {@code start} opens with a list item ({@code 1. }, {@code - }, {@code * }).
     * Written after other text on the same line, as in {@code {% data reusables.a %}{% data reusables.b %}}, such a
     * reusable would otherwise be glued to the line before as literal text (corpus quirk 1); it starts a line of its own.
     */
    private static boolean startsListItem(StringBuilder out, int start) {
        int i = start;
        while (i < out.length() && Character.isDigit(out.charAt(i))) {
            i++;
        }
        boolean numbered = i > start && i < out.length() && out.charAt(i) == '.';
        boolean bulleted = i == start && i < out.length() && "-*+".indexOf(out.charAt(i)) >= 0;
        int after = i + 1;
        return (numbered || bulleted) && after < out.length() && out.charAt(after) == ' ';
    }

    /** Whether nothing but spaces stands between the last line break before {@code start} and {@code start}. */
    private static boolean atLineStart(StringBuilder out, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = out.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code {{ site.data.path }}}: the entry's text as it is written, Liquid and all, since Liquid outputs values
     * without rendering them (the data tag is the way to render an entry). With a location, a missing entry is an
     * error; without, it is nil.
     */
    Object dataText(String path, SourceLocation at) {
        if (data.find(path).isEmpty()) {
            if (at != null) {
                throw new HelpSourceException(at, "unknown data reference 'site.data." + path + "'");
            }
            return null;
        }
        return data.find(path).map(DataEntry::text).orElse(null);
    }
}
