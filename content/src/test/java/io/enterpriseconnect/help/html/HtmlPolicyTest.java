package io.enterpriseconnect.help.html;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enterpriseconnect.help.HelpSourceException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Raw HTML in sources is held to an allow-list at build time; what gets through to a page is cleaned again. */
class HtmlPolicyTest {

    private static HelpSourceException rejected(String source) {
        return assertThrows(HelpSourceException.class, () -> HtmlPolicy.checkSource(source, "page.md", 10, 1));
    }

    @Test
    void scriptFailsTheBuildAtItsLineAndColumn() {
        assertEquals("page.md:11:6: <script> is not allowed in a help source "
                        + "(raw HTML is limited to the elements and attributes the docs use; see HtmlPolicy)",
                rejected("Intro\nText <script>alert(1)</script>").getMessage());
    }

    @Test
    void eventHandlersAndJavascriptUrlsFail() {
        assertEquals("attribute 'onclick' is not allowed on <a>", rejected("<a href=\"#x\" onclick=\"steal()\">x</a>").reason()
                .replaceFirst(" \\(raw HTML.*", ""));
        assertEquals("a javascript: URL is not allowed in 'href'", rejected("<a href=\" JavaScript:alert(1)\">x</a>").reason()
                .replaceFirst(" \\(raw HTML.*", ""));
        assertEquals("page.md:12:3: attribute 'style' is not allowed on <div>",
                rejected("a\n\n  <div style=\"position:fixed\">x</div>").getMessage().replaceFirst(" \\(raw HTML.*", ""));
    }

    @Test
    void markupTheDocsUseAndHtmlInCodePass() {
        assertDoesNotThrow(() -> HtmlPolicy.checkSource("""
                <div class="extended-markdown note"><a href="/admin" class="dotcom-only">x</a><br><nobr>y</nobr>
                <img src="/assets/images/x.png" alt="Shot" class="procedural-image" style="width: 50%">
                Run `<script>` or:
                ```html
                <script src="x.js"></script>
                ```
                ghe-set-password <new_password> {% if true %}<kbd>Enter</kbd>{% endif %}
                """, "page.md", 1, 1));
    }

    @Test
    void cleaningRemovesWhatThePolicyDoesNotAllow() {
        Element body = Jsoup.parseBodyFragment("<p onclick=\"x()\" spaces-before=\"0\">a<script>b()</script>"
                + "<a href=\"javascript:c()\" class=\"k\">d</a></p>").body();
        HtmlPolicy.clean(body);
        assertEquals("<p>a<a class=\"k\">d</a></p>", body.html());
    }
}
