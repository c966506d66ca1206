package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translated headings take their English original's id by the page's structure, and keep their own as an anchor. */
class TranslatedHeadingsTest {

    @TempDir
    Path root;

    private Map<String, String> build(String english, String japanese) {
        HelpSourceFixture fixture = new HelpSourceFixture(root);
        fixture.write("en/content/admin/support.md", HelpSourceFixture.article("title: Support\nversions:\n  ghes: '*'\n", english));
        fixture.write("ja-JP/content/admin/support.md", HelpSourceFixture.article("title: サポート\nversions:\n  ghes: '*'\n", japanese));
        return fixture.build(new SiteBuilder.Result[1]);
    }

    @Test
    void aSectionTheTranslationLacksShiftsNoOtherId() {
        String page = build("""
                ## Submitting a ticket
                ### Using the portal
                ### Using the CLI
                ## Further reading
                """, """
                ## チケットの提出
                ### ポータルを使う
                ## 参考リンク
                [種類](#参考リンク) [en](#further-reading)
                """).get("ja/enterprise-server@3.1/admin/support/index.html");
        assertTrue(page.contains("<h2 id=\"submitting-a-ticket\"><span id=\"チケットの提出\" class=\"heading-alias\"></span>"), page);
        assertTrue(page.contains("<h2 id=\"further-reading\"><span id=\"参考リンク\" class=\"heading-alias\"></span>"), page);
        assertTrue(page.contains("<h3 id=\"ポータルを使う\"><a href=\"#ポータルを使う\">"), page);
    }

    @Test
    void headingsFromReusablesArePairedAsTheyRender() {
        HelpSourceFixture fixture = new HelpSourceFixture(root);
        fixture.write("en/data/reusables/support/levels.md", "#### Minimum requirements\n\nText\n");
        fixture.write("ja-JP/data/reusables/support/levels.md", "#### 最小要件\n\nテキスト\n");
        String page = build("## Hardware\n{% data reusables.support.levels %}\n", "## ハードウェア\n{% data reusables.support.levels %}\n")
                .get("ja/enterprise-server@3.1/admin/support/index.html");
        assertTrue(page.contains("<h4 id=\"minimum-requirements\"><span id=\"最小要件\" class=\"heading-alias\"></span>"), page);
    }
}
