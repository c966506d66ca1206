package io.enterpriseconnect.help.markdown;

import java.util.Set;
import org.commonmark.node.Document;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown into commonmark-java's tree, read as upstream read it: {@link MarkdownPreparation}, then the block
 * structure by {@link BlockReader}, then the inline content of all blocks ({@link InlineTexts}), with upstream's
 * bold and italics and its linking of bare addresses ({@link BareAddresses}).
 */
public final class MarkdownReader {

    private final Parser inlineParser = Parser.builder().enabledBlockTypes(Set.of()).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    public Document read(String markdown) {
        Document document = new Document();
        InlineTexts inlines = new InlineTexts();
        new BlockReader(inlines).read(MarkdownPreparation.prepare(markdown), document);
        inlines.parseWith(inlineParser);
        return document;
    }
}
