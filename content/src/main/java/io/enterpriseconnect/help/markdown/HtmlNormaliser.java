package io.enterpriseconnect.help.markdown;

import io.enterpriseconnect.help.html.HtmlPolicy;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Rendered HTML made valid: well-formed the way upstream's pipeline made it (rehype-raw ran raw HTML through an HTML5
 * parser): the output is parsed by jsoup's HTML5 tree builder and written back, so stray and misnested end tags
 * are repaired as a browser repairs them, and text such as {@code a <- b} is escaped. Before that, a tag in raw
 * HTML that names no HTML element ({@code <new_password>} in a shell block) is made text, so that it stays visible
 * instead of becoming an unknown element that hides it.
 */
final class HtmlNormaliser {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9_.:@-]*)(?=[\\s/>])");
    private static final Set<String> ELEMENTS = Set.of(
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br", "button",
            "caption", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins",
            "kbd", "label", "li", "main", "mark", "nav", "ol", "p", "picture", "pre", "q", "s", "samp", "section", "small",
            "source", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr",
            "u", "ul", "var", "video", "wbr", "svg", "path", "g", "circle", "rect", "nobr", "script", "style", "iframe",
            "form", "select", "option", "textarea", "object", "embed", "meta", "link", "base", "template");

    private HtmlNormaliser() {
    }

    /** Raw HTML from a source with every tag that names no HTML element escaped as text. */
    static String escapeUnknownTags(String rawHtml) {
        if (rawHtml.indexOf('<') < 0) {
            return rawHtml;
        }
        return TAG.matcher(rawHtml).replaceAll(tag -> Matcher.quoteReplacement(
                ELEMENTS.contains(tag.group(2).toLowerCase(java.util.Locale.ROOT)) ? tag.group() : "&lt;" + tag.group().substring(1)));
    }

    /** The HTML as an HTML5 parser builds it, written back without reformatting. */
    static String wellFormed(String html) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        Element body = document.body();
        // A parser per call: jsoup's tree builder keeps state. Attribute names keep their case (SVG's viewBox).
        body.appendChildren(Parser.htmlParser().settings(new ParseSettings(false, true)).parseFragmentInput(html, body, ""));
        repairContentModel(body);
        HtmlPolicy.clean(body);
        return body.html();
    }

    /**
     * What an HTML5 parser accepts but HTML does not allow, written the way HTML allows it: table alignment as
     * Primer's {@code text-*} classes instead of the obsolete {@code align}, the obsolete {@code nobr} as a
     * {@code span.no-wrap}, a link target's doubled {@code ##} as one, and Markdown blocks that a raw {@code <pre>}
     * opened inside a paragraph swallowed (a {@code # comment} line read as a heading) as the text they were.
     */
    private static void repairContentModel(Element body) {
        for (Element cell : body.select("td[align], th[align]")) {
            String align = cell.attr("align").toLowerCase(java.util.Locale.ROOT);
            cell.removeAttr("align");
            if (Set.of("left", "center", "right").contains(align)) {
                cell.addClass("text-" + align);
            }
        }
        for (Element nobr : body.select("nobr")) {
            nobr.tagName("span").addClass("no-wrap");
        }
        for (Element link : body.select("a[href*=##]")) {
            link.attr("href", link.attr("href").replaceFirst("#{2,}", "#"));
        }
        for (Element pre : body.select("pre")) {
            for (Element block : pre.select("p, h1, h2, h3, h4, h5, h6, ul, ol, li, blockquote, div, table, hr, pre")) {
                if (block == pre || block.parent() == null) {
                    continue;
                }
                if (block.tagName().matches("h[1-6]")) {
                    block.before(new TextNode("#".repeat(block.tagName().charAt(1) - '0') + " " + block.text()));
                    block.remove();
                } else {
                    block.unwrap();
                }
            }
        }
    }
}
