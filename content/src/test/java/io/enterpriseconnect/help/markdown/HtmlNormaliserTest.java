package io.enterpriseconnect.help.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rendered HTML is repaired as an HTML5 parser repairs it, and written in the form HTML allows. */
class HtmlNormaliserTest {

    @Test
    void strayAndMisnestedEndTagsAreRepaired() {
        assertEquals("<ul><li>a</li></ul><div><p>b</p></div>", HtmlNormaliser.wellFormed("<ul><li>a</li></ul></div><div><p>b</div>"));
    }

    @Test
    void placeholdersInRawHtmlStayVisibleText() {
        assertEquals("<pre>ghe-set-password &lt;new_password&gt; &lt;port number&gt;</pre>",
                HtmlNormaliser.wellFormed(HtmlNormaliser.escapeUnknownTags("<pre>ghe-set-password <new_password> <port number></pre>")));
    }

    @Test
    void obsoleteMarkupIsWrittenAsClasses() {
        assertEquals("<table><tbody><tr><td class=\"text-right\"><span class=\"no-wrap\">a b</span></td></tr></tbody></table>",
                HtmlNormaliser.wellFormed("<table><tr><td align=\"right\"><nobr>a b</nobr></td></tr></table>"));
    }

    @Test
    void markdownBlocksInsideARawPreBecomeTheirText() {
        assertEquals("<pre>ipv4 = 1\n# ipv6 = ::1\n  git = true</pre>",
                HtmlNormaliser.wellFormed("<pre>ipv4 = 1\n<h1 id=\"x\"><a href=\"#x\">ipv6 = ::1</a></h1>\n<p>  git = true</p></pre>"));
    }

    @Test
    void doubledHashInALinkBecomesOne() {
        assertEquals("<a href=\"/admin/x#storage\">s</a>", HtmlNormaliser.wellFormed("<a href=\"/admin/x##storage\">s</a>"));
    }

    @Test
    void svgKeepsItsCamelCaseAttributes() {
        assertEquals("<svg viewBox=\"0 0 16 16\" aria-hidden=\"true\"><path d=\"M0 0\"></path></svg>",
                HtmlNormaliser.wellFormed("<svg viewBox=\"0 0 16 16\" aria-hidden=\"true\"><path d=\"M0 0\"></path></svg>"));
    }
}
