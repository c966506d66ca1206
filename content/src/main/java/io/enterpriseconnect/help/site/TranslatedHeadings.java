package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.liquid.RenderContext;
import io.enterpriseconnect.help.markdown.HeadingIds;
import io.enterpriseconnect.help.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;

/**
 * Pairs each heading of a translation with the English heading in the same position, so that a Japanese
 * heading gets the id of its English original and links with anchors work in both languages.
 *
 * <p>Upstream paired the source texts before Liquid ran, so a heading containing Liquid never matched and
 * kept a Japanese id. Here both sides are rendered for the version first, which pairs those too.
 */
final class TranslatedHeadings {

    private static final int LOWEST_LEVEL = 2;
    private static final int HIGHEST_LEVEL = 4;

    private final MarkdownRenderer markdown;
    private final LiquidParser parser;
    private final Map<PageSource, List<String>> sourceHeadings = new ConcurrentHashMap<>();

    TranslatedHeadings(MarkdownRenderer markdown, LiquidParser parser) {
        this.markdown = markdown;
        this.parser = parser;
    }

    /** The pairing of one translation in one version, worked out once: a page is rendered many times in a build. */
    private record Pairing(Map<String, String> englishByTranslated, Set<String> withLiquid) {
    }

    private final Map<String, Pairing> pairings = new ConcurrentHashMap<>();

    HeadingIds idsFor(PageSource translation, PageSource english, RenderContext translationContext, RenderContext englishContext) {
        String key = translation.file().file() + '|' + translationContext.version().id();
        Pairing pairing = pairings.computeIfAbsent(key, unused -> pair(translation, english, translationContext, englishContext));
        return HeadingIds.forTranslation(pairing.englishByTranslated(), pairing.withLiquid());
    }

    private Pairing pair(PageSource translation, PageSource english, RenderContext translationContext, RenderContext englishContext) {
        List<String> translated = headingsOf(translation);
        List<String> original = headingsOf(english);
        Map<String, String> englishByTranslated = new HashMap<>();
        Set<String> withLiquid = new HashSet<>();
        for (int i = 0; i < Math.min(translated.size(), original.size()); i++) {
            String translatedText = translated.get(i);
            String englishText = original.get(i);
            try {
                String renderedTranslation = renderHeading(translatedText, translation, translationContext);
                String renderedEnglish = renderHeading(englishText, english, englishContext);
                englishByTranslated.putIfAbsent(renderedTranslation, renderedEnglish);
                if (containsLiquid(translatedText)) {
                    withLiquid.add(renderedTranslation);
                }
            } catch (HelpSourceException headingWithPartialLiquid) {
                // A heading that opens a block closed later in the body cannot be rendered alone; it keeps its own id.
            }
        }
        return new Pairing(englishByTranslated, withLiquid);
    }

    private List<String> headingsOf(PageSource source) {
        return sourceHeadings.computeIfAbsent(source, page -> {
            List<String> texts = new ArrayList<>();
            markdown.parse(page.file().body()).accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    if (heading.getLevel() >= LOWEST_LEVEL && heading.getLevel() <= HIGHEST_LEVEL) {
                        texts.add(MarkdownRenderer.plainText(heading));
                    }
                }
            });
            return texts;
        });
    }

    private String renderHeading(String text, PageSource source, RenderContext context) {
        if (!containsLiquid(text)) {
            return text;
        }
        String rendered = parser.parse(text, source.file().file(), source.file().bodyLine(), 1).render(context);
        return MarkdownRenderer.plainText(markdown.parse("## " + rendered));
    }

    private static boolean containsLiquid(String text) {
        return text.contains("{%") || text.contains("{{");
    }
}
