package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductLandingTest {

    @TempDir
    Path root;

    private LandingFixture fixture;

    @BeforeEach
    void writeTheProduct() {
        fixture = new LandingFixture(root);
    }

    @Test
    void isLabelledAsAProductAndHeadedByItsShortTitle() {
        Document landing = fixture.page("en/enterprise-server@3.1/admin");
        assertEquals("Product", landing.selectFirst(".product-landing header span.text-mono").text());
        assertEquals("Admin", landing.selectFirst(".product-landing h1").text());
    }

    @Test
    void introLinksAreLabelledFromUiStringsAndLeftOutWhereTheyRenderEmpty() {
        assertEquals(List.of("/en/enterprise-server@3.1/admin/overview/system Overview"),
                links(fixture.page("en/enterprise-server@3.1/admin"), ".product-landing header a.btn-mktg"));
        assertEquals(List.of(), links(fixture.page("en/github-ae@latest/admin"), ".product-landing header a.btn-mktg"));
    }

    @Test
    void featuredGuidesShowTheLinkedPagesShortTitleAndTwelveWordsOfItsIntro() {
        Element guide = fixture.page("en/enterprise-server@3.1/admin").selectFirst(".featured-links-heading + ul li a");
        assertEquals("/en/enterprise-server@3.1/admin/overview/system", guide.attr("href"));
        assertEquals("System overview→", guide.selectFirst("h4").text());
        assertEquals("One two three four five six seven eight nine ten eleven twelve...", guide.selectFirst("p").text());
    }

    @Test
    void featuredLinksKeepTheOldPathAsWrittenAndSkipPagesNotInTheVersion() {
        assertEquals(List.of("/en/enterprise-server@3.1/admin/overview/system System overview→ One two three four five six seven eight nine ten eleven twelve...",
                        "/en/enterprise-server@3.1/admin/old/backups Configuring backups→ Back up & restore."),
                links(fixture.page("en/enterprise-server@3.1/admin"), ".featured-links-heading:has(#guides) + ul li a"));
    }

    @Test
    void popularLinksToPagesThisHelpDoesNotHaveAreLeftOut() {
        assertEquals(List.of("/en/github-ae@latest/admin/overview/cloud About the cloud→"),
                links(fixture.page("en/github-ae@latest/admin"), ".featured-links-heading:has(#popular) + ul li a"));
    }

    @Test
    void whatsNewLinksTheBlogCategoryOfTheChangelogLabel() {
        Element heading = fixture.page("en/enterprise-server@3.1/admin").selectFirst(".featured-links-heading:has(#whats-new)");
        assertEquals("https://github.blog/category/enterprise/", heading.selectFirst("a.ml-4").attr("href"));
    }

    @Test
    void guideCardsNameGitHubAsAuthorWhenThePageNamesNone() {
        Element card = fixture.page("en/enterprise-server@3.1/admin").selectFirst("#guides-2 ~ div a.Box");
        assertEquals("System overview", card.selectFirst("h2").text());
        assertEquals("@GitHub", card.selectFirst("footer").text());
    }

    @Test
    void supportedReleasesListEachReleaseWithTheTwoBeforeItInEnterpriseServerOnly() {
        Document landing = fixture.page("ja/enterprise-server@3.0/admin");
        assertEquals(List.of("Enterprise Server 3.1", "Enterprise Server 3.0"), landing.select(".supported-releases .Box h2").eachText());
        assertEquals(List.of("/ja/enterprise-server@3.0/admin/enterprise-management/upgrading-github-enterprise-server 3.0",
                        "/ja/enterprise-server@2.22/admin/enterprise-management/upgrading-github-enterprise-server 2.22",
                        "/ja/enterprise-server@3.1 Browse all docs",
                        "/ja/enterprise-server@2.22/admin/enterprise-management/upgrading-github-enterprise-server 2.22",
                        "/ja/enterprise-server@2.21/admin/enterprise-management/upgrading-github-enterprise-server 2.21",
                        "/ja/enterprise-server@3.0 Browse all docs"),
                links(landing, ".supported-releases .Box a"));
        assertNull(fixture.page("en/github-ae@latest/admin").selectFirst(".supported-releases"));
    }

    @Test
    void translatedLandingUsesTheLanguagesHeadingsAndTheLinkedPagesTranslations() {
        Document landing = fixture.page("ja/enterprise-server@3.1/admin");
        assertEquals("ガイド", landing.selectFirst("h3#guides").text());
        assertEquals("システムの概要→", landing.selectFirst(".featured-links-heading + ul li h4").text());
    }

    @Test
    void supportedReleasesNeedAReleaseNotesPageInTheProduct() {
        new HelpSourceFixture(root).write("en/content/admin/index.md", HelpSourceFixture.article("""
                title: Admin
                layout: product-landing
                versions:
                  ghes: '*'
                children:
                  - /overview
                """, ""));
        assertNull(fixture.page("en/enterprise-server@3.1/admin").selectFirst(".supported-releases"));
    }

    static List<String> links(Document document, String selector) {
        return document.select(selector).stream().map(link -> link.attr("href") + " " + link.text()).toList();
    }
}
