package io.enterpriseconnect.help.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.renderer.html.HtmlRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown read the way upstream's pre-CommonMark parser read the help's sources. */
class MarkdownReaderTest {

    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private static String html(String markdown) {
        return HTML.render(new MarkdownReader().read(markdown)).replace("\n", "");
    }

    @Test
    void lineIndentedLessThanTheItemTextStaysInTheStep() {
        assertEquals("<ol><li>Run this:<pre><code class=\"language-ruby\">puts 1</code></pre></li><li>Done.</li></ol>",
                html("1. Run this:\n  ```ruby\n  puts 1\n  ```\n2. Done."));
    }

    @Test
    void numberedLineDoesNotInterruptAParagraphOutsideAList() {
        assertEquals("<p>Released in\n2021. Since then</p>".replace("\n", ""), html("Released in\n2021. Since then"));
    }

    @Test
    void blankLineBetweenItemsMakesTheListLoose() {
        assertEquals("<ul><li><p>one</p></li><li><p>two</p></li></ul>", html("- one\n\n- two"));
    }

    @Test
    void blankLineInsideAnItemsCodeMakesTheListLoose() {
        assertEquals("<ol><li><p>Step</p><pre><code>a\n\nb</code></pre></li></ol>".replace("\n", ""),
                html("1. Step\n   ```\n   a\n\n   b\n   ```"));
    }

    @Test
    void twoBlankLinesEndAList() {
        assertEquals("<ul><li>one</li></ul><ul><li>two</li></ul>", html("- one\n\n\n\n- two"));
    }

    @Test
    void threeLineBreaksCountAsTwoSoLiquidsBlankLinesKeepAListWhole() {
        assertEquals("<ul><li><p>one</p></li><li><p>two</p></li></ul>", html("- one\n\n\n- two"));
    }

    @Test
    void shellBlockIsRawHtmlSoPlaceholdersInEmRender() {
        assertEquals("<pre><code class=\"hljs language-shell\">$ ssh <em>HOSTNAME</em></code></pre>",
                html("```shell\n$ ssh <em>HOSTNAME</em>\n```"));
    }

    @Test
    void addressInAnglesInShellOutputStaysText() {
        assertEquals("<pre><code class=\"hljs language-shell\">Key &lt;enterprise@github.com&gt;</code></pre>",
                html("```shell\nKey <enterprise@github.com>\n```"));
    }

    @Test
    void boldNextToJapaneseClosesAtTheNextMarker() {
        assertEquals("<p><strong>Save（保存）</strong>をクリックし、<strong>OK</strong>を選択</p>",
                html("**Save（保存）**をクリックし、**OK**を選択"));
    }

    @Test
    void boldMayEndWithASpace() {
        assertEquals("<p><strong>URL: </strong>the address</p>", html("**URL: **the address"));
    }

    @Test
    void underscoreBeforeALetterDoesNotCloseItalics() {
        assertEquals("<p>snake_case_name</p>", html("snake_case_name"));
    }

    @Test
    void bareAddressIsLinkedUnlessWrittenWithAnEntity() {
        assertEquals("<p>See <a href=\"https://example.com/a\">https://example.com/a</a>.</p>", html("See https://example.com/a."));
        assertEquals("<p>https://api.example</p>", html("https&colon;//api.example"));
    }

    @Test
    void tableInsideAListItemIsATable() {
        assertEquals("<ol><li><p>Ports:</p><table><thead><tr><th>Port</th></tr></thead><tbody><tr><td>22</td></tr></tbody></table></li></ol>",
                html("1. Ports:\n\n  | Port |\n  |------|\n  | 22 |"));
    }

    @Test
    void translatedItemSplitAfterACommaIsJoinedWithItsSentence() {
        assertEquals("<ol><li>まず、サインインします。</li><li>次へ</li></ol>", html("1. まず、\n\nサインインします。\n1. 次へ"));
    }

    @Test
    void spacesBeforeAParagraphsFirstWordAreKept() {
        assertEquals("<p>  text</p>", html("  text"));
    }

    @Test
    void boldNextToJapaneseAlsoClosesInTextsWithLinks() {
        assertEquals("<p><strong>Save（保存）</strong>を<a href=\"/s\">設定</a>で<em>押す</em></p>",
                html("**Save（保存）**を[設定](/s)で*押す*"));
    }

    @Test
    void markerUpstreamLeftAsTextStaysText() {
        assertEquals("<p>2 * 3 and **open</p>", html("2 * 3 and **open"));
        assertEquals("<p>2 * 3 and <a href=\"/x\">**open</a></p>", html("2 * 3 and [**open](/x)"));
    }

    @Test
    void softBreaksAndSpacesAroundBoldAreKept() {
        assertEquals("<p>click <strong>Save</strong> then\nwait</p>\n", HTML.render(new MarkdownReader().read("click **Save** then \n  wait")));
    }

    @Test
    void linksAndBareAddressesBuiltWithoutTheParserMatchTheParser() {
        assertEquals("<p>see <a href=\"/a/b\">About <strong>X</strong></a> and <a href=\"https://x.example/y\">https://x.example/y</a></p>",
                html("see [About **X**](/a/b) and https://x.example/y"));
        assertEquals("<p>see <a href=\"/a\" title=\"t\">About</a> and <code>c</code></p>", html("see [About](/a \"t\") and `c`"));
    }

    @Test
    void imagesBuiltWithoutTheParserMatchTheParser() {
        assertEquals("<p>Click <img src=\"/assets/tab.png\" alt=\"Settings tab\" /> here!</p>", html("Click ![Settings tab](/assets/tab.png) here!"));
    }
}
