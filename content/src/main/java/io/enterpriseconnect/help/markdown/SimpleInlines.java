package io.enterpriseconnect.help.markdown;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * The nodes of a text whose only markup is bold, italics, and inline links and images to plain destinations ("click
 * <b>Save</b>", "see [About X](/admin/x)", "![Settings tab](/assets/tab.png)"), built directly by upstream's rules ({@link UpstreamEmphasis}) without
 * a trip through commonmark-java's inline parser. Such texts are most of every page. A text that turns out to hold
 * more (a link with a title, brackets inside brackets) is left to the parser.
 */
final class SimpleInlines {

    private SimpleInlines() {
    }

    /** Whether a text holds no markup but bold, italics, links and images (no code, HTML, entities, escapes or hard breaks). */
    static boolean holdsOnlySimpleMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '`', '<', '>', '&', '\\', '~' -> {
                    return false;
                }
                case '\n' -> {
                    if (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** Appends the text's nodes to {@code target}; answers false, appending nothing, when the text needs the parser. */
    static boolean append(String text, Node target) {
        Node built = new Paragraph();
        if (!build(text, 0, text.length(), built)) {
            return false;
        }
        Node child = built.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            target.appendChild(child);
            child = next;
        }
        return true;
    }

    private static boolean build(String text, int from, int to, Node parent) {
        int chunk = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean image = c == '!' && i + 1 < to && text.charAt(i + 1) == '[';
            if (c == '[' || image) {
                int open = image ? i + 1 : i;
                int close = closingBracket(text, open + 1, to);
                if (close == -2) {
                    return false;
                }
                if (close < 0) {
                    i = open + 1;
                    continue;
                }
                int end = destinationEnd(text, close + 1, to);
                if (end < 0) {
                    return false;
                }
                PlainText.append(text, chunk, i, parent);
                String destination = text.substring(close + 2, end);
                Node link = image ? new Image(destination, null) : new Link(destination, null);
                if (!build(text, open + 1, close, link)) {
                    return false;
                }
                parent.appendChild(link);
                i = end + 1;
                chunk = i;
            } else if (c == '*' || c == '_') {
                int strongClose = i + 1 < to && text.charAt(i + 1) == c ? UpstreamEmphasis.strongClose(text, i, to, c) : -1;
                int close = strongClose > 0 ? strongClose : UpstreamEmphasis.emphasisClose(text, i, to, c);
                if (close < 0) {
                    i++;
                    continue;
                }
                int markers = strongClose > 0 ? 2 : 1;
                PlainText.append(text, chunk, i, parent);
                Node emphasis = markers == 2 ? new StrongEmphasis(String.valueOf(c).repeat(2)) : new Emphasis(String.valueOf(c));
                if (!build(text, i + markers, close, emphasis)) {
                    return false;
                }
                parent.appendChild(emphasis);
                i = close + markers;
                chunk = i;
            } else {
                i++;
            }
        }
        PlainText.append(text, chunk, to, parent);
        return true;
    }

    /** The {@code ]} closing link text opened before {@code from}; -1 when none (a literal bracket), -2 when nested. */
    private static int closingBracket(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i;
            }
            if (c == '[') {
                return -2;
            }
        }
        return -1;
    }

    /** The {@code )} of a destination {@code (/path)} right after link text, or -1 for anything else. */
    private static int destinationEnd(String text, int at, int to) {
        if (at >= to || text.charAt(at) != '(') {
            return -1;
        }
        for (int i = at + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return i > at + 1 ? i : -1;
            }
            if (c == '(' || c == '[' || c == ']' || JsText.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }
}
