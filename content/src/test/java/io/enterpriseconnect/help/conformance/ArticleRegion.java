package io.enterpriseconnect.help.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.enterpriseconnect.help.markdown.Slugger;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The comparable parts of a rendered article in canonical text form: title, intro, permissions, product
 * callout, the "In this article" entries, the body, a product landing's tree of all docs, and the other parts of
 * upstream's landing layouts ({@link LandingRegion}). Whitespace is collapsed, entities decoded by parsing,
 * and only the attributes that carry meaning are kept (link targets, image sources and alt text, heading ids,
 * callout kinds, table alignment, code languages), in a fixed order. Syntax-highlighting spans are unwrapped (every
 * span inside {@code <pre>}, as a highlighter marks sub-languages with spans of other classes): upstream highlighted
 * code on the server, which changes no text.
 */
public record ArticleRegion(String title, String intro, String permissions, String product, List<String> miniToc, String body, String allDocs,
                            Map<String, String> landing) {

    private static final java.util.regex.Pattern BLOCK_START_SPACE = java.util.regex.Pattern.compile("(<(?:p|li|td|th|h[1-6])(?: [^>]*)?>)[ \n]+");
    private static final java.util.regex.Pattern BLOCK_END_SPACE = java.util.regex.Pattern.compile("[ \n]+(</(?:p|li|td|th|h[1-6])>)");
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table",
            "thead", "tbody", "tr", "td", "th", "pre", "blockquote", "hr", "br", "details", "summary", "dl", "dt", "dd");

    /** The names of the parts, in the order the report lists them. */
    public static final List<String> PARTS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("title", "intro", "permissions", "product", "mini-toc", "body", "all-docs"),
            LandingRegion.PARTS.stream()).toList();

    public String part(String name) {
        return switch (name) {
            case "title" -> title;
            case "intro" -> intro;
            case "permissions" -> permissions;
            case "product" -> product;
            case "mini-toc" -> String.join("\n", miniToc);
            case "body" -> body;
            case "all-docs" -> allDocs;
            default -> {
                if (!landing.containsKey(name)) {
                    throw new IllegalArgumentException("no part " + name);
                }
                yield landing.get(name);
            }
        };
    }

    public static ArticleRegion of(String html) {
        Document document = Jsoup.parse(html);
        // Our valid spelling of the obsolete <nobr> that upstream passed through (see HtmlNormaliser).
        document.select("span.no-wrap").forEach(span -> span.tagName("nobr").removeAttr("class"));
        // The second anchor of a translated heading (its own slug beside the English id), which upstream did not write.
        document.select("span.heading-alias").remove();
        Element container = document.selectFirst("div.article-grid-container");
        if (container == null) {
            container = document.body();
        }
        Element h1 = container.selectFirst("h1");
        List<String> miniToc = new ArrayList<>();
        Element tocHeading = container.selectFirst("h2#in-this-article");
        if (tocHeading != null) {
            Element list = tocHeading.nextElementSibling();
            if (list != null) {
                for (Element item : list.select("li")) {
                    Element link = item.selectFirst("a");
                    miniToc.add((link == null ? "" : link.attr("href")) + " " + collapse(item.text()));
                }
            }
        }
        return new ArticleRegion(
                h1 == null ? "" : collapse(h1.text()),
                canonical(container.selectFirst(".lead-mktg")),
                canonical(container.selectFirst(".permissions-statement")),
                canonical(container.selectFirst(".product-callout")),
                miniToc,
                canonical(container.selectFirst("#article-contents")),
                allDocs(document.selectFirst(".all-articles-list")),
                LandingRegion.of(document));
    }

    /**
     * The same region with heading ids renamed: in the headings of the body and in the "In this article" links,
     * not in other links, which keep pointing where their writer aimed.
     */
    public ArticleRegion withHeadingIds(Map<String, String> renamed) {
        String renamedBody = body;
        for (Map.Entry<String, String> id : renamed.entrySet()) {
            renamedBody = renamedBody.replace("id=\"" + id.getKey() + "\"><a href=\"#" + id.getKey() + "\">",
                    "id=\"" + id.getValue() + "\"><a href=\"#" + id.getValue() + "\">");
        }
        List<String> renamedToc = new ArrayList<>();
        for (String entry : miniToc) {
            int space = entry.indexOf(' ');
            String href = space < 0 ? entry : entry.substring(0, space);
            String target = href.startsWith("#") ? renamed.get(href.substring(1)) : null;
            renamedToc.add(target == null ? entry : "#" + target + entry.substring(href.length()));
        }
        return new ArticleRegion(title, intro, permissions, product, renamedToc, renamedBody, allDocs, landing);
    }

    /** For each heading id of a render, the id upstream's own slugging of the heading's text gives. */
    public static Map<String, String> ownTextIds(String html) {
        Element contents = Jsoup.parse(html).selectFirst("#article-contents");
        Map<String, String> ids = new LinkedHashMap<>();
        if (contents == null) {
            return ids;
        }
        Slugger slugger = new Slugger();
        for (Element heading : contents.select("h1, h2, h3, h4, h5, h6")) {
            String own = slugger.slug(heading.text());
            if (!heading.id().isEmpty() && !heading.id().equals(own)) {
                ids.putIfAbsent(heading.id(), own);
            }
        }
        return ids;
    }

    /**
     * A landing page's tree of all docs as one line per link, sections marked: the tree is navigation, whose
     * markup (and the line breaks upstream's template leaves inside links) carries no meaning.
     */
    private static String allDocs(Element list) {
        if (list == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (Element link : list.select("h4 a, li a")) {
            lines.add((link.parent().tagName().equals("h4") ? "# " : "") + link.attr("href") + " " + collapse(link.text()));
        }
        return String.join("\n", lines);
    }

    static String canonical(Element element) {
        if (element == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Node child : element.childNodes()) {
            write(child, out, false);
        }
        return tidy(out.toString());
    }

    private static void write(Node node, StringBuilder out, boolean preformatted) {
        if (node instanceof TextNode text) {
            out.append(preformatted ? text.getWholeText().replace(' ', '\u00B7') : text.getWholeText());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.tagName();
        if (tag.equals("span") && (preformatted || element.className().startsWith("hljs"))) {
            element.childNodes().forEach(child -> write(child, out, preformatted));
            return;
        }
        boolean block = BLOCKS.contains(tag);
        out.append(block ? "\n" : "").append('<').append(tag).append(attributes(element)).append('>');
        if (!tag.equals("svg")) {
            boolean pre = preformatted || tag.equals("pre");
            element.childNodes().forEach(child -> write(child, out, pre));
        }
        out.append("</").append(tag).append('>').append(block ? "\n" : "");
    }

    private static String attributes(Element element) {
        StringBuilder attributes = new StringBuilder();
        switch (element.tagName()) {
            case "a" -> append(attributes, "href", element.attr("href"));
            case "img" -> {
                append(attributes, "src", element.attr("src"));
                append(attributes, "alt", collapse(element.attr("alt")));
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> append(attributes, "id", element.id());
            case "td", "th" -> append(attributes, "align", element.hasAttr("align") ? element.attr("align")
                    : element.classNames().stream().filter(name -> name.matches("text-(left|center|right)"))
                    .map(name -> name.substring("text-".length())).findFirst().orElse(""));
            case "code" -> append(attributes, "class", element.classNames().stream()
                    .filter(name -> name.startsWith("language-")).findFirst().orElse(""));
            case "div", "span" -> append(attributes, "class", element.classNames().stream()
                    .filter(name -> name.equals("extended-markdown") || Set.of("note", "tip", "warning", "danger", "mac", "windows", "linux",
                            "all", "procedural-image-wrapper", "link-with-intro-intro").contains(name))
                    .sorted().reduce((a, b) -> a + " " + b).orElse(""));
            case "svg" -> {
                append(attributes, "class", element.attr("class"));
                append(attributes, "aria-label", element.attr("aria-label"));
            }
            default -> {
            }
        }
        return attributes.toString();
    }

    private static void append(StringBuilder attributes, String name, String value) {
        if (!value.isEmpty()) {
            attributes.append(' ').append(name).append("=\"").append(value).append('"');
        }
    }

    /** Collapses whitespace, and drops it where it touches a line break between blocks. */
    private static String tidy(String text) {
        String collapsed = text.replaceAll("[ \\t\\r\\f\\u00A0]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n+", "\n");
        String blockEdges = BLOCK_START_SPACE.matcher(BLOCK_END_SPACE.matcher(collapsed).replaceAll("$1")).replaceAll("$1");
        String codeEnds = blockEdges.replaceAll("[\u00B7\n]+</code></pre>", "</code></pre>");
        return codeEnds.strip().replace('\u00B7', ' ');
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
