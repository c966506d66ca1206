package io.enterpriseconnect.help.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Links bare {@code http://}, {@code https://} and {@code mailto:} addresses as upstream's parser did: up to
 * whitespace or {@code <}, without trailing punctuation, never inside a link (a Markdown link or an HTML
 * {@code <a>}). Only an address written out in the source is linked, so that writers can keep one as text by
 * encoding a character, as in {@code https&colon;//}.
 */
final class BareAddresses {

    private static final String[] PROTOCOLS = {"http://", "https://", "mailto:"};

    private BareAddresses() {
    }

    static void link(Node block, String source) {
        if (!source.contains("://") && !source.contains("mailto:")) {
            return;
        }
        List<Text> texts = new ArrayList<>();
        collect(block, texts, new boolean[1]);
        for (Text text : texts) {
            split(text, source);
        }
    }

    private static void collect(Node parent, List<Text> texts, boolean[] inHtmlLink) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlInline html) {
                String literal = html.getLiteral();
                if (literal.regionMatches(true, 0, "<a ", 0, 3)) {
                    inHtmlLink[0] = true;
                } else if (literal.regionMatches(true, 0, "</a>", 0, 4)) {
                    inHtmlLink[0] = false;
                }
            } else if (child instanceof Text text) {
                if (!inHtmlLink[0]) {
                    texts.add(text);
                }
            } else if (!(child instanceof Link) && !(child instanceof Image) && !(child instanceof Code)) {
                collect(child, texts, inHtmlLink);
            }
        }
    }

    private static void split(Text text, String source) {
        String literal = text.getLiteral();
        int position = 0;
        int searchFrom = 0;
        Node last = text;
        boolean changed = false;
        while (true) {
            int start = nextProtocol(literal, searchFrom);
            if (start < 0) {
                break;
            }
            int end = addressEnd(literal, start);
            String address = end < 0 ? "" : literal.substring(start, end);
            if (end < 0 || !source.contains(address) || address.startsWith("mailto:") && address.indexOf('@') < 0) {
                searchFrom = start + 1;
                continue;
            }
            if (start > position) {
                last = insertAfter(last, new Text(literal.substring(position, start)));
            }
            Link link = new Link(address, null);
            link.appendChild(new Text(address.startsWith("mailto:") ? address.substring("mailto:".length()) : address));
            last = insertAfter(last, link);
            position = end;
            searchFrom = end;
            changed = true;
        }
        if (!changed) {
            return;
        }
        if (position < literal.length()) {
            insertAfter(last, new Text(literal.substring(position)));
        }
        text.unlink();
    }

    private static Node insertAfter(Node anchor, Node node) {
        anchor.insertAfter(node);
        return node;
    }

    private static int nextProtocol(String literal, int from) {
        int found = -1;
        for (String protocol : PROTOCOLS) {
            int at = literal.indexOf(protocol, from);
            if (at >= 0 && (found < 0 || at < found)) {
                found = at;
            }
        }
        return found;
    }

    private static int addressEnd(String text, int at) {
        int index = at + (text.startsWith("mailto:", at) ? "mailto:".length() : text.startsWith("https://", at) ? "https://".length() : "http://".length());
        int start = index;
        int parens = 0;
        while (index < text.length()) {
            char c = text.charAt(index);
            if (JsText.isWhitespace(c) || c == '<') {
                break;
            }
            if (".,:;\"')]".indexOf(c) >= 0) {
                char next = index + 1 < text.length() ? text.charAt(index + 1) : JsText.END;
                if (next == JsText.END || JsText.isWhitespace(next)) {
                    break;
                }
            }
            if (c == '(' || c == '[') {
                parens++;
            }
            if ((c == ')' || c == ']') && --parens < 0) {
                break;
            }
            index++;
        }
        return index > start ? index : -1;
    }
}
