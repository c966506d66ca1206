package io.enterpriseconnect.help.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchablePageTest {

    private static final String ARTICLE = """
            <html><head><title>About it - Help</title></head><body>
            <header><a class="help-site-name">Help</a><details><summary>Version</summary></details></header>
            <nav class="breadcrumbs"><a href="/a">Admin</a><a href="/a/b">Configuring</a><a href="/a/b/c">About it</a></nav>
            <h1>About it</h1><div class="lead-mktg"><p>What it &amp; does.</p></div>
            <h2 id="in-this-article">In this article</h2><ul><li>Mini table of contents</li></ul>
            <div id="article-contents"><p>Intro text.</p><h2 id="one"><a href="#one">First part</a></h2><p>Body <code>x</code>.</p>
            <h3>Second part</h3></div></body></html>
            """;

    @Test
    void anArticleGivesItsTitleIntroHeadingsBodyAndAncestors() {
        SearchablePage page = SearchablePage.of("/en/enterprise-server@3.1/admin/about-it", ARTICLE);
        assertEquals("About it", page.title());
        assertEquals("What it & does.", page.intro());
        assertEquals(List.of("First part", "Second part"), page.headings());
        assertEquals("Intro text. First part Body x. Second part", page.body());
        assertEquals(List.of("Admin", "Configuring"), page.breadcrumb(), "the page itself is not its own ancestor");
        assertEquals(new SearchScope("en", "enterprise-server@3.1"), page.scope());
        assertEquals("/admin/about-it", page.pathInVersion());
    }

    @Test
    void aLandingPageWithoutArticleContentsGivesItsLayoutsTextWithoutTheChrome() {
        SearchablePage page = SearchablePage.of("/ja/github-ae@latest", """
                <html><body><details><summary>日本語</summary></details><article><h1>ようこそ</h1>
                <div class="lead-mktg">紹介</div><div class="product-landing"><h2>ガイド</h2><p>統合コントリビューション</p></div></article></body></html>
                """);
        assertEquals("ようこそ", page.title());
        assertEquals(List.of("ガイド"), page.headings());
        assertEquals("ガイド 統合コントリビューション", page.body());
        assertFalse(page.body().contains("日本語"));
        assertEquals("", page.pathInVersion());
    }

    @Test
    void aPageFileIsServedWithoutItsIndexHtml() {
        assertEquals("/en/enterprise-server@3.1/admin", SearchablePage.pathOfFile("en/enterprise-server@3.1/admin/index.html"));
    }
}
