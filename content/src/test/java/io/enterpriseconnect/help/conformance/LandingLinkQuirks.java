package io.enterpriseconnect.help.conformance;

import io.enterpriseconnect.help.site.HelpLanguage;
import io.enterpriseconnect.help.site.HelpSources;
import io.enterpriseconnect.help.site.LinkedPages;
import io.enterpriseconnect.help.site.PageRenderer;
import io.enterpriseconnect.help.versions.ProductVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Explains differences in the link lists of landing pages ({@link LandingRegion}'s one line per link, the link's
 * address first) that come from what the linked pages are, not from how the landing is built.
 */
final class LandingLinkQuirks {

    static final String LINK_OUTSIDE_CORPUS = "a featured link names a page of another product (content/github), which the "
            + "corpus does not hold (it has content/admin and content/index.md only); a link that names no page is left out, "
            + "as upstream left out links to pages it did not have";

    static final String LINKED_PAGE_OUTSIDE_TRANSLATED_TREE = "the link names a translated page that upstream's Japanese site "
            + "never reached through the translated index pages' children lists (its translation lagged behind the English "
            + "one), so upstream showed that page by its English title (and intro); here its translation's are used";

    static final String LINK_TO_ORPHAN = "the Japanese front matter links the path of an orphan translation (a Japanese file "
            + "with no English page, which the site answers 404 for); upstream's link lists found that file and showed its "
            + "title; here orphans are ignored and the link shows the page its path redirects to";

    private static final Set<String> LINK_PARTS = Set.of("intro-links", "featured-links", "guide-cards", "featured-track",
            "learning-tracks", "guides");
    private static final String SEPARATOR = " | ";

    private final HelpSources sources;
    private final PageRenderer renderer;
    private final LinkedPages linkedPages;
    private final Set<String> outsideTranslatedTree;
    private final Map<String, String> orphanTitles;

    /**
     * @param renderer              renders the English texts upstream showed for pages outside its translated tree
     * @param outsideTranslatedTree paths of the translated pages upstream's Japanese site did not reach
     * @param orphanTitles          the title of each Japanese file without an English page, by its path ({@code /admin/x})
     */
    LandingLinkQuirks(HelpSources sources, PageRenderer renderer, Set<String> outsideTranslatedTree, Map<String, String> orphanTitles) {
        this.sources = sources;
        this.renderer = renderer;
        this.linkedPages = new LinkedPages(sources);
        this.outsideTranslatedTree = outsideTranslatedTree;
        this.orphanTitles = orphanTitles;
    }

    Optional<String> explain(String url, String part, String expected, String actual) {
        if (!LINK_PARTS.contains(part)) {
            return Optional.empty();
        }
        List<String> upstream = List.of(expected.split("\n"));
        List<String> ours = List.of(actual.split("\n"));
        if (withoutLinksOutsideCorpus(upstream).equals(ours) && upstream.size() > ours.size()) {
            return Optional.of(LINK_OUTSIDE_CORPUS);
        }
        if (!url.startsWith("/ja/") || upstream.size() != ours.size()) {
            return Optional.empty();
        }
        Optional<ProductVersion> version = sources.catalog().findRendered(url.split("/")[2]);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        if (differOnlyInLinks(upstream, ours, (path, line) -> linkedPages.find(path, version.get())
                .filter(page -> outsideTranslatedTree.contains(page.path()))
                .map(page -> renderer.texts(page, version.get(), HelpLanguage.ENGLISH))
                .filter(english -> line.contains(english.navigationTitle()) || line.contains(english.title()))
                .isPresent())) {
            return Optional.of(LINKED_PAGE_OUTSIDE_TRANSLATED_TREE);
        }
        if (differOnlyInLinks(upstream, ours, (path, line) -> orphanTitles.containsKey(path) && line.contains(orphanTitles.get(path)))) {
            return Optional.of(LINK_TO_ORPHAN);
        }
        return Optional.empty();
    }

    /** Upstream's lines less the links to pages of products the corpus has no sources for. */
    private List<String> withoutLinksOutsideCorpus(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String path = contentPath(line);
            String product = path == null ? null : path.replaceFirst("^/", "").split("/", 2)[0];
            if (product == null || sources.pages().containsKey(product)) {
                kept.add(line);
            }
        }
        return kept;
    }

    /**
     * Whether the two lists differ only in lines for the same link (the address first on both), each of whose links
     * passes the test with its content path and upstream's line.
     */
    private static boolean differOnlyInLinks(List<String> upstream, List<String> ours, BiPredicate<String, String> explained) {
        boolean any = false;
        for (int i = 0; i < upstream.size(); i++) {
            String expected = upstream.get(i);
            String actual = ours.get(i);
            if (expected.equals(actual)) {
                continue;
            }
            String path = contentPath(expected);
            if (path == null || !path.equals(contentPath(actual)) || !explained.test(path, expected)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** {@code /admin/x} for a line starting {@code /ja/enterprise-server@3.1/admin/x?learn=y | ...}; null for other lines. */
    private static String contentPath(String line) {
        if (!line.startsWith("/")) {
            return null;
        }
        int end = line.indexOf(SEPARATOR);
        String href = (end < 0 ? line : line.substring(0, end)).replaceFirst("\\?.*$", "").replaceFirst("#.*$", "");
        String[] segments = href.split("/", 4);
        return segments.length < 4 ? null : "/" + segments[3];
    }
}
