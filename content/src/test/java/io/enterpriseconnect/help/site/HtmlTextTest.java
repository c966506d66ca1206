package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void plainTextDropsTagsAndDecodesEntitiesOnce() {
        assertEquals("Use <b> & \"SSH\" it's", HtmlText.plain("<p>Use &lt;b&gt; &amp; <code>&quot;SSH&quot;</code>\n it&#39;s</p>"));
    }

    @Test
    void truncatingKeepsTheFirstWordsAndAddsAnEllipsis() {
        assertEquals("one two...", HtmlText.truncateWords("one two three", 2));
    }

    @Test
    void truncatingATextOfExactlyTheCountStillAddsTheEllipsisAsLiquidJsDid() {
        assertEquals("one two...", HtmlText.truncateWords("one two", 2));
    }

    @Test
    void truncatingAShorterTextKeepsItWhole() {
        assertEquals("日本語の 文です。", HtmlText.truncateWords("日本語の 文です。", 12));
    }
}
