package io.enterpriseconnect.help.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Reads the block structure of Markdown the way upstream's parser (remark-parse 7, before remark moved to
 * CommonMark) did, into commonmark-java's nodes. The help's sources were written against that parser: steps
 * continue across barely indented lines, numbered lines do not interrupt a paragraph, and so on. Inline content
 * is left to {@link InlineTexts}.
 *
 * <p>At each position the kinds of block are tried in upstream's order: blank lines, indented code, fenced
 * code, block quote, ATX heading, thematic break, list, setext heading, HTML, link definition, table, paragraph.
 */
final class BlockReader {

    private final InlineTexts inlines;
    private final boolean inList;
    private final boolean inBlock;

    BlockReader(InlineTexts inlines) {
        this(inlines, false, false);
    }

    private BlockReader(InlineTexts inlines, boolean inList, boolean inBlock) {
        this.inlines = inlines;
        this.inList = inList;
        this.inBlock = inBlock;
    }

    /** The reader of a list item's content. */
    BlockReader inItem() {
        return new BlockReader(inlines, true, true);
    }

    void read(String text, Node parent) {
        int at = 0;
        while (at < text.length()) {
            at = readBlock(text, at, parent);
        }
    }

    private int readBlock(String text, int at, Node parent) {
        int end = LeafBlocks.blankLines(text, at);
        if (end >= 0) {
            return end;
        }
        IndentedCodeBlock[] indented = new IndentedCodeBlock[1];
        end = CodeBlocks.indentedCode(text, at, indented);
        if (end >= 0) {
            parent.appendChild(indented[0]);
            return end;
        }
        FencedCodeBlock[] fenced = new FencedCodeBlock[1];
        end = CodeBlocks.fencedCode(text, at, fenced);
        if (end >= 0) {
            parent.appendChild(fenced[0]);
            return end;
        }
        end = blockQuote(text, at, parent);
        if (end >= 0) {
            return end;
        }
        LeafBlocks.HeadingLine atx = LeafBlocks.atxHeading(text, at);
        if (atx != null) {
            parent.appendChild(heading(atx));
            return atx.end();
        }
        end = LeafBlocks.thematicBreak(text, at);
        if (end >= 0) {
            parent.appendChild(new ThematicBreak());
            return end;
        }
        if (ListReader.starts(text, at)) {
            end = ListReader.read(this, text, at, parent);
            if (end >= 0) {
                return end;
            }
        }
        LeafBlocks.HeadingLine setext = LeafBlocks.setextHeading(text, at);
        if (setext != null) {
            parent.appendChild(heading(setext));
            return setext.end();
        }
        end = HtmlBlocks.end(text, at, false);
        if (end >= 0) {
            HtmlBlock html = new HtmlBlock();
            html.setLiteral(text.substring(at, end));
            parent.appendChild(html);
            return end;
        }
        if (!inList && !inBlock) {
            LeafBlocks.Definition definition = LeafBlocks.definition(text, at);
            if (definition != null) {
                inlines.define(definition.label(), definition.destination(), definition.title());
                return definition.end();
            }
        }
        end = TableReader.read(text, at, parent, inlines);
        if (end >= 0) {
            return end;
        }
        return paragraph(text, at, parent);
    }

    private Heading heading(LeafBlocks.HeadingLine line) {
        Heading heading = new Heading();
        heading.setLevel(line.level());
        inlines.add(heading, line.content());
        return heading;
    }

    /**
     * Lines up to a blank line, or up to a line that starts another block. A numbered line starts a list here only
     * inside a list: elsewhere it continues the paragraph, as {@code 1.} often does in running text.
     */
    private int paragraph(String text, int at, Node parent) {
        int length = text.length();
        int index = text.indexOf('\n', at);
        while (index < length) {
            if (index == -1) {
                index = length;
                break;
            }
            if (JsText.charAt(text, index + 1) == '\n') {
                break;
            }
            int next = index + 1;
            if (interruptsParagraph(text, next)) {
                break;
            }
            if (ListReader.starts(text, next) && (inList || !JsText.isDecimal(JsText.firstNonWhitespace(text, next)))) {
                break;
            }
            int position = index;
            index = text.indexOf('\n', index + 1);
            if (index != -1 && JsText.isBlank(text, position, index)) {
                index = position;
                break;
            }
        }
        if (JsText.isBlank(text, at, index)) {
            return index;
        }
        Paragraph paragraph = new Paragraph();
        inlines.add(paragraph, JsText.trimTrailingLines(text.substring(at, index)));
        parent.appendChild(paragraph);
        return index;
    }

    private static boolean interruptsParagraph(String text, int at) {
        return LeafBlocks.thematicBreak(text, at) >= 0 || LeafBlocks.atxHeading(text, at) != null
                || CodeBlocks.fencedCode(text, at, null) >= 0 || startsBlockQuote(text, at) || HtmlBlocks.end(text, at, true) >= 0
                || LeafBlocks.setextHeading(text, at) != null || LeafBlocks.definition(text, at) != null;
    }

    private static boolean startsBlockQuote(String text, int at) {
        int index = at;
        while (index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) {
            index++;
        }
        return JsText.charAt(text, index) == '>';
    }

    /**
     * Lines marked with {@code >}, and the unmarked lines after them up to a blank line. Quotes that follow each
     * other are one quote.
     */
    private int blockQuote(String text, int at, Node parent) {
        if (!startsBlockQuote(text, at)) {
            return -1;
        }
        List<String> contents = new ArrayList<>();
        int index = at;
        int end = at;
        int length = text.length();
        while (index < length) {
            int nextIndex = text.indexOf('\n', index);
            int startIndex = index;
            boolean prefixed = false;
            if (nextIndex == -1) {
                nextIndex = length;
            }
            while (index < length && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) {
                index++;
            }
            if (JsText.charAt(text, index) == '>') {
                index++;
                prefixed = true;
                if (JsText.charAt(text, index) == ' ') {
                    index++;
                }
            } else {
                index = startIndex;
            }
            if (!prefixed && (JsText.isBlank(text, index, nextIndex) || LeafBlocks.definition(text, index) != null)) {
                break;
            }
            contents.add(text.substring(index, nextIndex));
            end = nextIndex;
            index = nextIndex + 1;
        }
        BlockQuote quote = parent.getLastChild() instanceof BlockQuote previous ? previous : new BlockQuote();
        new BlockReader(inlines, inList, true).read(String.join("\n", contents), quote);
        if (quote.getParent() == null) {
            parent.appendChild(quote);
        }
        return end;
    }
}
