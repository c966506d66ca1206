package io.enterpriseconnect.help.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LandingRegionTest {

    private static final String LANDING = """
            <main><div class="product-landing"><header><div>
              <span class="text-mono">Product</span><h1>GitHub Enterprise</h1>
              <a href="/en/v/admin/overview" class="btn-mktg btn-large">
                Overview
              </a>
            </div></header>
            <div><div class="featured-links-heading"><h3 id="guides"><a href="#guides">Guides</a></h3>
              <a href="/en/v/admin/guides" class="ml-4">View all <svg><path d="M0"></path></svg></a></div>
            <ul><li><a href="/en/v/admin/backups"><h4>Backups<span>→</span></h4><p>Protect data...</p></a></li></ul></div></div>
            <div><h2 id="supported-releases">Supported releases</h2>
              <div class="Box"><h2>Enterprise Server 3.1</h2>
                <p><svg></svg> <a href="/en/enterprise-server@3.1/admin/release-notes#3.1.0">Release notes for 3.1.0</a> (2021-06-03)</p>
                <p><svg></svg> Upgrade from <a href="/en/a">3.0</a> or <a href="/en/b">2.22</a></p></div>
              <a href="/en/v/admin/release-notes" class="btn">Explore release notes</a></div>
            </main>""";

    @Test
    void landingLinksAreOneLinePerLinkWithAddressTitleAndIntro() {
        Map<String, String> parts = LandingRegion.of(Jsoup.parse(LANDING));
        assertEquals("label Product\n/en/v/admin/overview Overview", parts.get("intro-links"));
        assertEquals("## guides Guides\nview all /en/v/admin/guides\n/en/v/admin/backups | Backups→ | Protect data...", parts.get("featured-links"));
    }

    @Test
    void eachReleasesLatestPatchIsAPartOfItsOwnApartFromTheReleaseCards() {
        Map<String, String> parts = LandingRegion.of(Jsoup.parse(LANDING));
        assertEquals("## Supported releases\n# Enterprise Server 3.1\nUpgrade from 3.0 or 2.22 [/en/a] [/en/b]\n"
                + "/en/v/admin/release-notes Explore release notes", parts.get("supported-releases"));
        assertEquals("Release notes for 3.1.0 (2021-06-03) [/en/enterprise-server@3.1/admin/release-notes#3.1.0]",
                parts.get("release-notes-links"));
    }

    @Test
    void guidesPageCardsNameAddressTitleTypeIntroAndTopics() {
        String html = """
                <h2 id="all-guides"><a href="#all-guides">All guides</a></h2>
                <div class="js-filter-card" data-type="how_to"><a href="/en/v/admin/cas"><h4>Using CAS</h4>
                <div class="h6">How-to guide</div><p>CAS is SSO.</p><div><span>Accounts</span><span>SSO</span></div></a></div>""";
        assertEquals("## All guides\n/en/v/admin/cas | Using CAS | How-to guide | CAS is SSO. | Accounts,SSO",
                LandingRegion.of(Jsoup.parse(html)).get("guides"));
    }

    @Test
    void guideFiltersListTheirOptions() {
        String html = "<form><select name=\"type\"><option value=\"\">All</option><option value=\"how_to\">How-to guide</option></select>"
                + "<select name=\"topics\"><option value=\"\">All</option><option>2FA</option></select></form>";
        assertEquals("type: All, How-to guide\ntopics: All, 2FA", LandingRegion.of(Jsoup.parse(html)).get("guide-filters"));
    }

    @Test
    void pagesWithoutLandingPartsHaveThemEmpty() {
        LandingRegion.of(Jsoup.parse("<div class=\"article-grid-container\"><h1>A</h1></div>"))
                .values().forEach(part -> assertEquals("", part));
    }
}
