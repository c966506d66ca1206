package io.enterpriseconnect.help.markdown;

import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Text without markup as commonmark-java would give it: lines joined by soft breaks, without the spaces around
 * each break or at the end of the block. The spaces before a block's first word stay, as upstream kept them.
 */
final class PlainText {

    private PlainText() {
    }

    /** Appends the text from {@code from} to {@code to}, where {@code to} may or may not be the end of the block. */
    static void append(String text, int from, int to, Node parent) {
        int lineStart = from;
        while (lineStart <= to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            int start = lineStart;
            if (lineStart > from) {
                while (start < lineEnd && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                    start++;
                }
                parent.appendChild(new SoftLineBreak());
            }
            int end = lineEnd;
            if (lineEnd < to || to == text.length()) {
                while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                    end--;
                }
            }
            if (end > start) {
                parent.appendChild(new Text(text.substring(start, end)));
            }
            lineStart = lineEnd + 1;
        }
    }
}
