package io.enterpriseconnect.help.html;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The raw HTML a help source may contain: an allow-list of the elements and attributes the docs use. Checked at
 * build time where the source is read ({@link #checkSource}), so that a source that needs more fails the build at
 * its file, line and column (a translation falls back to English and is reported); applied again to the rendered
 * HTML ({@link #clean}), so that nothing outside the list reaches a page whatever produced it.
 *
 * <p>Never allowed: elements that run or embed code or submit data ({@code script}, {@code style}, {@code iframe},
 * {@code object}, {@code form}, ...), event-handler attributes ({@code on...}), and {@code javascript:},
 * {@code vbscript:} or {@code data:} URLs. A tag that names no HTML element at all ({@code <new_password>}) is not
 * HTML but a placeholder, which the renderer shows as text.
 */
public final class HtmlPolicy {

    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("id", "class", "title", "lang", "dir", "role", "aria-label",
            "aria-hidden", "aria-describedby", "aria-labelledby");
    /** Per element, the attributes it may carry besides the global ones. */
    private static final Map<String, Set<String>> ELEMENTS = Map.ofEntries(
            Map.entry("a", Set.of("href", "target", "rel", "name")),
            Map.entry("img", Set.of("src", "alt", "width", "height", "style")),
            Map.entry("div", Set.of()), Map.entry("span", Set.of()), Map.entry("p", Set.of()), Map.entry("br", Set.of()),
            Map.entry("hr", Set.of()), Map.entry("pre", Set.of()), Map.entry("code", Set.of()), Map.entry("kbd", Set.of()),
            Map.entry("samp", Set.of()), Map.entry("var", Set.of()), Map.entry("em", Set.of()), Map.entry("strong", Set.of()),
            Map.entry("i", Set.of()), Map.entry("b", Set.of()), Map.entry("u", Set.of()), Map.entry("s", Set.of()),
            Map.entry("del", Set.of()), Map.entry("ins", Set.of()), Map.entry("sup", Set.of()), Map.entry("sub", Set.of()),
            Map.entry("small", Set.of()), Map.entry("mark", Set.of()), Map.entry("abbr", Set.of()), Map.entry("cite", Set.of()),
            Map.entry("q", Set.of()), Map.entry("blockquote", Set.of()), Map.entry("nobr", Set.of()), Map.entry("wbr", Set.of()),
            Map.entry("ul", Set.of()), Map.entry("ol", Set.of("start", "type", "reversed")), Map.entry("li", Set.of("value")),
            Map.entry("dl", Set.of()), Map.entry("dt", Set.of()), Map.entry("dd", Set.of()),
            Map.entry("h1", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()), Map.entry("h4", Set.of()),
            Map.entry("h5", Set.of()), Map.entry("h6", Set.of()),
            Map.entry("table", Set.of()), Map.entry("caption", Set.of()), Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()),
            Map.entry("tfoot", Set.of()), Map.entry("tr", Set.of()), Map.entry("th", Set.of("align", "colspan", "rowspan", "scope")),
            Map.entry("td", Set.of("align", "colspan", "rowspan")),
            Map.entry("details", Set.of("open")), Map.entry("summary", Set.of()),
            Map.entry("svg", Set.of("version", "width", "height", "viewbox", "fill", "xmlns")),
            Map.entry("path", Set.of("d", "fill-rule", "clip-rule", "fill")), Map.entry("g", Set.of("fill-rule", "fill")),
            Map.entry("circle", Set.of("cx", "cy", "r", "fill")), Map.entry("rect", Set.of("x", "y", "width", "height", "rx", "fill")));
    /** HTML elements a source may not use: they run or embed code, load resources for the page, or submit data. */
    private static final Set<String> FORBIDDEN = Set.of("script", "style", "iframe", "frame", "frameset", "object", "embed",
            "applet", "form", "input", "button", "select", "option", "textarea", "base", "link", "meta", "template", "noscript",
            "audio", "video", "source", "track", "canvas", "math", "portal", "html", "head", "body", "title", "dialog");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
    private static final Pattern UNSAFE_URL = Pattern.compile("^\\s*(?:javascript|vbscript|data)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^<>]*?)?)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'<>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");
    private static final Pattern LIQUID = Pattern.compile("(?s)\\{%.*?%}|\\{\\{.*?}}");
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`].*?\\1|`+");

    private HtmlPolicy() {
    }

    /**
     * Every raw HTML tag of a Markdown + Liquid source, outside code, must be allowed.
     *
     * @throws HelpSourceException at the first tag or attribute the policy does not allow
     */
    public static void checkSource(String source, String file, int firstLine, int firstColumn) {
        if (source.indexOf('<') < 0) {
            return;
        }
        String text = outsideCode(blank(LIQUID, source));
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            String problem = problemWith(name, tag.group(2));
            if (problem != null) {
                throw new HelpSourceException(locate(source, tag.start(), file, firstLine, firstColumn),
                        problem + " (raw HTML is limited to the elements and attributes the docs use; see HtmlPolicy)");
            }
        }
    }

    private static String problemWith(String element, String attributes) {
        if (FORBIDDEN.contains(element)) {
            return "<" + element + "> is not allowed in a help source";
        }
        Set<String> allowed = ELEMENTS.get(element);
        if (allowed == null) {
            return null;
        }
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = attribute.group(2) == null ? "" : attribute.group(2).replaceAll("^[\"']|[\"']$", "");
            if (!allowed.contains(name) && !GLOBAL_ATTRIBUTES.contains(name)) {
                return "attribute '" + name + "' is not allowed on <" + element + ">";
            }
            if (URL_ATTRIBUTES.contains(name) && UNSAFE_URL.matcher(value).find()) {
                return "a " + value.split(":", 2)[0].trim().toLowerCase(Locale.ROOT) + ": URL is not allowed in '" + name + "'";
            }
        }
        return null;
    }

    /**
     * Removes from rendered HTML whatever the policy does not allow: forbidden elements with their content, unknown
     * attributes, event handlers and unsafe URLs. Elements the renderer writes itself are on the list.
     */
    public static void clean(Element root) {
        for (Element element : root.select("*")) {
            if (element == root) {
                continue;
            }
            String name = element.normalName();
            if (FORBIDDEN.contains(name)) {
                element.remove();
                continue;
            }
            Set<String> allowed = ELEMENTS.getOrDefault(name, Set.of());
            for (Attribute attribute : element.attributes().asList()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                boolean known = allowed.contains(key) || GLOBAL_ATTRIBUTES.contains(key);
                if (!known || URL_ATTRIBUTES.contains(key) && UNSAFE_URL.matcher(attribute.getValue()).find()) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
    }

    /** The source with every match of the pattern replaced by spaces, line breaks kept, so offsets stay put. */
    private static String blank(Pattern pattern, String source) {
        return pattern.matcher(source).replaceAll(match -> match.group().replaceAll("[^\n]", " "));
    }

    /** The text with fenced code blocks and code spans blanked out: HTML in code is shown, never parsed. */
    private static String outsideCode(String text) {
        StringBuilder out = new StringBuilder(text);
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            int start = fence.start();
            int end = fence.find() ? fence.end() : text.length();
            for (int i = start; i < end; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return blank(CODE_SPAN, out.toString());
    }

    private static SourceLocation locate(String source, int offset, String file, int firstLine, int firstColumn) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = offset - lineStart + (line == firstLine ? firstColumn : 1);
        return new SourceLocation(file, line, column);
    }
}
