package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductSublandingTest {

    @TempDir
    Path root;

    private LandingFixture fixture;

    @BeforeEach
    void writeTheProduct() {
        fixture = new LandingFixture(root);
    }

    @Test
    void isHeadedByTheLanguagesGuidesPhraseNamingTheProduct() {
        assertEquals("Admin guides", fixture.page("en/enterprise-server@3.1/admin/guides").selectFirst(".product-sublanding h1").text());
    }

    @Test
    void featuredTrackIsShownOnTopWithItsGuidesAndNotAmongTheOtherTracks() {
        Document guides = fixture.page("en/enterprise-server@3.1/admin/guides");
        Element featured = guides.selectFirst(".feature-track");
        assertEquals("Deploy GitHub Enterprise Server", featured.selectFirst("h3").text());
        assertEquals("/en/enterprise-server@3.1/admin/overview/system?learn=deploy", featured.selectFirst("a[role=button]").attr("href"));
        assertEquals(List.of("1 Overview System overview One two three four five six seven eight nine ten eleven twelve thirteen."),
                featured.select("li > a").eachText());
        assertEquals(List.of("Upgrade your instance"), guides.select(".learning-track h5.h3-mktg").eachText());
    }

    @Test
    void trackGuidesLinkWithTheTrackNameAndCountTheGuidesBeyondFour() {
        Element track = fixture.page("en/enterprise-server@3.1/admin/guides").selectFirst(".learning-track");
        assertEquals(List.of("/en/enterprise-server@3.1/admin/overview/system?learn=upgrade",
                        "/en/enterprise-server@3.1/admin/old/backups?learn=upgrade",
                        "/en/enterprise-server@3.1/admin/overview/system?learn=upgrade",
                        "/en/enterprise-server@3.1/admin/overview/backups?learn=upgrade",
                        "/en/enterprise-server@3.1/admin/overview/system?learn=upgrade"),
                track.select("a.Box-row").eachAttr("href"));
        assertEquals("1 more guides", track.selectFirst(".Box-footer").text());
    }

    @Test
    void aTrackIsFeaturedOnlyWhereItsFlagRendersTrueAndLeftOutWhereNoneOfItsGuidesExist() {
        Document guides = fixture.page("en/github-ae@latest/admin/guides");
        assertNull(guides.selectFirst(".feature-track"));
        assertEquals(List.of("Cloud"), guides.select(".learning-track h5.h3-mktg").eachText());
    }

    @Test
    void translatedTrackTakesItsTextFromTheLanguagesDataWithEnglishUnderneath() {
        Element track = fixture.page("ja/enterprise-server@3.1/admin/guides").selectFirst(".learning-track");
        assertEquals("インスタンスのアップグレード", track.selectFirst("h5").text());
        assertEquals("Stay current.", track.selectFirst("p").text());
        assertEquals("ハウツーガイド", track.select("a.Box-row").get(1).selectFirst(".h6").text());
    }

    @Test
    void trackTextsTheTranslationLacksAreReportedAsEnglishFallbacks() {
        List<String> reasons = fixture.report().issues().stream()
                .filter(issue -> issue.kind() == TranslationIssue.Kind.MISSING_DATA).map(TranslationIssue::reason).toList();
        assertTrue(reasons.contains("no translation of 'learning-tracks.admin.upgrade.description': the English text is used"), reasons.toString());
        assertFalse(reasons.contains("no translation of 'learning-tracks.admin.upgrade.title': the English text is used"), reasons.toString());
    }

    @Test
    void englishLearningTracksThatDoNotParseFailTheBuildAtTheirLine() {
        new HelpSourceFixture(root).write("en/data/learning-tracks/admin.yml", "deploy:\n  title: [unclosed\n");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> fixture.page("en/enterprise-server@3.1/admin/guides"));
        assertTrue(failure.getMessage().contains("admin.yml:2:10: YAML syntax error: a flow sequence that starts here"), failure.getMessage());
    }

    @Test
    void includedGuidesAreCardsWithFullTitleTypeIntroAndTopics() {
        Document guides = fixture.page("en/enterprise-server@3.1/admin/guides");
        assertEquals("All Admin guides", guides.selectFirst("h2#all-guides").text());
        Element card = guides.selectFirst(".js-filter-card");
        assertEquals("overview", card.attr("data-type"));
        assertEquals("/en/enterprise-server@3.1/admin/overview/system", card.selectFirst("a").attr("href"));
        assertEquals("System overview for administrators", card.selectFirst("h4").text());
        assertEquals("Overview", card.selectFirst(".h6").text());
        assertEquals(List.of("Enterprise", "Fundamentals"), card.select("span").eachText());
        assertEquals(1, guides.select(".js-filter-card").size());
    }

    @Test
    void translatedCardsUseTheTranslationsTopics() {
        Element card = fixture.page("ja/enterprise-server@3.1/admin/guides").selectFirst(".js-filter-card");
        assertEquals("システムの概要", card.selectFirst("h4").text());
        assertEquals(List.of("Enterprise"), card.select("span").eachText());
    }
}
