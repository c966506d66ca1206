package io.enterpriseconnect.help.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the conformance run: skipped where the shared corpus is absent. Every difference from upstream's renders
 * must be a known, deliberate one (see target/conformance/report.txt from the conformance command), and the
 * counts of matching pages and redirects must not fall.
 */
class ConformanceTest {

    /**
     * 957 before the article region was made valid HTML; 25 pages then left the exact match, each for an explained,
     * deliberate repair of something upstream wrote invalid (a '##' link target, placeholders in raw-HTML code blocks
     * that upstream hid, Markdown blocks inside a raw {@code <pre>}); pairing translated headings by structure
     * brought 3 back.
     */
    private static final int PAGES_MATCHING_AT_LEAST = 935;
    /**
     * Two Japanese pages lack a section their English page has, so their sections are not paired and an English
     * reusable's link to one of them finds no English id (215 when headings were paired by position).
     */
    private static final int JAPANESE_LINKS_MISSING_AT_MOST = 2;
    private static final int REDIRECTS_MATCHING_AT_LEAST = 1378;

    private static ConformanceRun.Result result;

    @BeforeAll
    static void renderTheCorpus() {
        Corpus corpus = Corpus.locate(null);
        assumeTrue(corpus.isPresent(), "no reference corpus at " + corpus.root());
        result = new ConformanceRun(corpus).run();
    }

    @Test
    void corpusEnglishSourcesRenderWithoutErrors() {
        assertEquals(List.of(), result.englishErrors().stream().map(Throwable::getMessage).toList());
    }

    @Test
    void everyPageExistsExactlyInTheVersionsUpstreamServedItIn() {
        assertEquals(List.of(), result.differences().stream().filter(difference -> difference.part().equals("status"))
                .map(ConformanceRun.Difference::url).toList());
    }

    @Test
    void everyDifferenceFromUpstreamIsExplained() {
        assertEquals(List.of(), result.unexplained().stream()
                .map(difference -> difference.url() + " [" + difference.part() + "]\n" + ConformanceCommand.window(difference.expected(), difference.actual()))
                .toList());
    }

    @Test
    void everyRenderedArticleRegionIsValidHtml() {
        assertEquals(Map.of(), result.invalidHtml(), result.htmlLine());
    }

    @Test
    void japaneseInPageLinksFindTheirTarget() {
        assertTrue(result.japaneseLinks().missing() <= JAPANESE_LINKS_MISSING_AT_MOST,
                result.japaneseLinksLine() + " " + result.japaneseLinks().missingByPage());
    }

    @Test
    void matchingPagesAndRedirectsDoNotRegress() {
        assertTrue(result.pagesMatching() >= PAGES_MATCHING_AT_LEAST, result.summaryLine());
        assertTrue(result.redirectsMatching() >= REDIRECTS_MATCHING_AT_LEAST, result.summaryLine());
    }
}
