package io.enterpriseconnect.help.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The inline content of every paragraph, heading and table cell of a document. Texts with simple markup become
 * nodes at once ({@link SimpleInlines}); the others are parsed by commonmark-java in one pass: laid out as
 * paragraphs of one document, after the document's link definitions, with upstream's bold and italics made
 * explicit ({@link UpstreamEmphasis}), each parsed paragraph's children then moved to the block it was read from
 * (found by its first line).
 */
final class InlineTexts {

    private record Pending(Node target, String text) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final StringBuilder definitions = new StringBuilder();
    private int definitionLines;

    void add(Node target, String text) {
        if (JsText.isBlank(text, 0, text.length())) {
            return;
        }
        if (SimpleInlines.holdsOnlySimpleMarkup(text) && SimpleInlines.append(text, target)) {
            BareAddresses.link(target, text);
        } else {
            pending.add(new Pending(target, text));
        }
    }

    void define(String label, String destination, String title) {
        definitions.append('[').append(label).append("]: <").append(destination).append('>');
        if (title != null) {
            definitions.append(' ').append(title);
        }
        definitions.append("\n\n");
        definitionLines += 2;
    }

    void parseWith(Parser parser) {
        if (pending.isEmpty()) {
            return;
        }
        StringBuilder batch = new StringBuilder(definitions.length() + pending.size() * 80).append(definitions);
        int[] startLines = new int[pending.size()];
        int line = definitionLines;
        for (int i = 0; i < pending.size(); i++) {
            String text = pending.get(i).text();
            startLines[i] = line;
            batch.append(UpstreamEmphasis.rewrite(text)).append("\n\n");
            line += lineCount(text) + 1;
        }
        Node document = parser.parse(batch.toString());
        Node block = document.getFirstChild();
        while (block != null) {
            Node next = block.getNext();
            if (block instanceof Paragraph paragraph && !paragraph.getSourceSpans().isEmpty()) {
                Pending owner = pending.get(owner(startLines, paragraph.getSourceSpans().get(0).getLineIndex()));
                keepLeadingSpaces(owner.text(), paragraph);
                moveChildren(paragraph, owner.target());
                BareAddresses.link(owner.target(), owner.text());
            }
            block = next;
        }
    }

    private static int owner(int[] startLines, int lineIndex) {
        int found = java.util.Arrays.binarySearch(startLines, lineIndex);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    /**
     * Upstream kept the spaces before a paragraph's first word (they show inside raw {@code <pre>} HTML);
     * commonmark-java drops them.
     */
    private static void keepLeadingSpaces(String text, Node paragraph) {
        int spaces = 0;
        while (spaces < text.length() && (text.charAt(spaces) == ' ' || text.charAt(spaces) == '\t')) {
            spaces++;
        }
        if (spaces == 0) {
            return;
        }
        String leading = text.substring(0, spaces);
        if (paragraph.getFirstChild() instanceof Text first) {
            first.setLiteral(leading + first.getLiteral());
        } else if (paragraph.getFirstChild() != null) {
            paragraph.getFirstChild().insertBefore(new Text(leading));
        }
    }

    private static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }

    private static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
