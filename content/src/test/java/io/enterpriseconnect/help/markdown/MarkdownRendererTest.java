package io.enterpriseconnect.help.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Markdown to HTML: GitHub's emoji shortcodes from the installed gemoji data, in text and headings as upstream rendered them, and self-linking headings. */
class MarkdownRendererTest {

    private static final ProductVersion GHES_31 = new ProductVersion("enterprise-server@3.1", "enterprise-server", "ghes", "3.1", true);
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(
            new LinkRewriter(new VersionCatalog(List.of(GHES_31), List.of(), List.of()), ""));

    private static RenderedMarkdown render(String markdown) {
        return MARKDOWN.render(markdown, new LinkTarget("en", GHES_31), HeadingIds.forEnglish());
    }

    @Test
    void everyShortcodeOfTheDataBecomesItsEmoji() {
        Map<String, String> all = Gemoji.all();
        assertTrue(all.size() > 1400, "every gemoji name, not a hand-picked list: " + all.size());
        all.forEach((name, emoji) -> assertEquals("<p>a " + emoji + " b</p>\n", render("a :" + name + ": b").html(), name));
    }

    @Test
    void shortcodeInAHeadingIsShownAndDroppedFromTheId() {
        RenderedMarkdown rendered = render("## Ship it :tada:\n\n:+1: works");
        assertEquals("<h2 id=\"ship-it-\"><a href=\"#ship-it-\">Ship it 🎉</a></h2>\n<p>👍 works</p>\n", rendered.html());
        assertEquals("ship-it-", rendered.headings().get(0).id());
    }

    @Test
    void textThatNamesNoEmojiStaysAsWritten() {
        assertEquals("<p>at 12:30:45, key 2b:dc:4f, :not-an-emoji-name: stays</p>\n",
                render("at 12:30:45, key 2b:dc:4f, :not-an-emoji-name: stays").html());
    }

    @Test
    void headingWithALinkKeepsThatLinkWithoutNestingTheSelfLink() {
        assertEquals("<h2 id=\"see-the-guide\">See <a href=\"https://example.com/guide\">the guide</a></h2>\n",
                render("## See [the guide](https://example.com/guide)").html());
    }

    @Test
    void codeKeepsTheShortcode() {
        assertEquals("<p><code>:tada:</code></p>\n<pre><code>:tada:\n</code></pre>\n", render("`:tada:`\n\n    :tada:").html());
    }
}
