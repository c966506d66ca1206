package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.liquid.RenderContext;
import io.enterpriseconnect.help.markdown.HeadingIds;
import io.enterpriseconnect.help.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;

/**
 * Pairs each heading of a translation with its English original by the page's structure, so that a translated
 * heading gets the id of its English original and links with anchors work in both languages.
 *
 * <p>Both sides are compared as they render for the version (Liquid run, reusables in place), as trees of headings
 * by level: two sections pair when they have the same place among their parent's subsections and the same level;
 * a parent whose translated subsections do not line up with the English ones (a section added, dropped or
 * re-levelled by the translation) pairs none of them, as no pairing there would be confident. Position alone is
 * not used: one missing section would shift every id after it onto the wrong heading.
 */
final class TranslatedHeadings {

    private final MarkdownRenderer markdown;
    private final Map<String, Pairing> pairings = new ConcurrentHashMap<>();

    TranslatedHeadings(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** For each translated heading in document order, its English original's text (null where unpaired). */
    record Pairing(List<String> englishInOrder, List<String> unpaired) {
    }

    /**
     * @param translatedMarkdown the translation's body as it renders for the version
     * @param english            the English page, rendered for the same version in English to pair with
     */
    Pairing pair(String key, String translatedMarkdown, PageSource english, RenderContext englishContext) {
        return pairings.computeIfAbsent(key, unused -> {
            List<Section> translated = sections(translatedMarkdown);
            List<Section> original;
            try {
                original = sections(english.body().render(englishContext));
            } catch (HelpSourceException englishDoesNotRender) {
                original = List.of();
            }
            String[] englishInOrder = new String[translated.size()];
            pairChildren(tree(translated), tree(original), englishInOrder);
            List<String> unpaired = new ArrayList<>();
            for (int i = 0; i < englishInOrder.length; i++) {
                if (englishInOrder[i] == null) {
                    unpaired.add(translated.get(i).text);
                }
            }
            return new Pairing(Arrays.asList(englishInOrder), List.copyOf(unpaired));
        });
    }

    HeadingIds idsFor(Pairing pairing) {
        return HeadingIds.forTranslation(pairing.englishInOrder());
    }

    private static final class Section {
        final int index;
        final int level;
        final String text;
        final List<Section> children = new ArrayList<>();

        Section(int index, int level, String text) {
            this.index = index;
            this.level = level;
            this.text = text;
        }
    }

    private List<Section> sections(String renderedMarkdown) {
        List<Section> sections = new ArrayList<>();
        markdown.parse(renderedMarkdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                sections.add(new Section(sections.size(), heading.getLevel(), MarkdownRenderer.plainText(heading)));
            }
        });
        return sections;
    }

    /** The sections nested by level: each heading's subsections are the deeper headings up to the next of its level. */
    private static List<Section> tree(List<Section> flat) {
        Section root = new Section(-1, 0, "");
        List<Section> open = new ArrayList<>(List.of(root));
        for (Section section : flat) {
            while (open.get(open.size() - 1).level >= section.level) {
                open.remove(open.size() - 1);
            }
            open.get(open.size() - 1).children.add(section);
            open.add(section);
        }
        return root.children;
    }

    private static void pairChildren(List<Section> translated, List<Section> english, String[] englishInOrder) {
        if (translated.size() != english.size()) {
            return;
        }
        for (int i = 0; i < translated.size(); i++) {
            if (translated.get(i).level != english.get(i).level) {
                return;
            }
        }
        for (int i = 0; i < translated.size(); i++) {
            englishInOrder[translated.get(i).index] = english.get(i).text;
            pairChildren(translated.get(i).children, english.get(i).children, englishInOrder);
        }
    }
}
