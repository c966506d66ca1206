package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enterpriseconnect.help.versions.ProductVersion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LandingLayoutTest {

    private static final ProductVersion SERVER = new ProductVersion("enterprise-server@3.1", "enterprise-server", "ghes", "3.1", true);
    private static final PageTexts PAGE = new PageTexts("Admin documentation", "Admin", null, "/en/enterprise-server@3.1/admin");

    @Test
    void knowsTheLandingLayoutsByTheirFrontMatterNames() {
        assertEquals(Optional.of(LandingLayout.PRODUCT_LANDING), LandingLayout.of("product-landing"));
        assertEquals(Optional.of(LandingLayout.PRODUCT_SUBLANDING), LandingLayout.of("product-sublanding"));
        assertEquals(Optional.of(LandingLayout.RELEASE_NOTES), LandingLayout.of("release-notes"));
    }

    @Test
    void articleLayoutsAreNoLandings() {
        assertEquals(Optional.empty(), LandingLayout.of("inline"));
        assertEquals(Optional.empty(), LandingLayout.of(null));
    }

    @Test
    void productLandingIsHeadedByItsShortTitle() {
        assertEquals("Admin", LandingLayout.PRODUCT_LANDING.heading(PAGE, "GitHub Enterprise", "unused", SERVER));
    }

    @Test
    void sublandingIsHeadedByTheLanguagesPhraseNamingTheProduct() {
        assertEquals("GitHub Enterpriseのガイド", LandingLayout.PRODUCT_SUBLANDING.heading(PAGE, "GitHub Enterprise",
                "{{ productMap[currentProduct].name }}のガイド", SERVER));
    }

    @Test
    void releaseNotesAreHeadedByTheVersionsNameInEnglish() {
        assertEquals("Enterprise Server 3.1 release notes", LandingLayout.RELEASE_NOTES.heading(PAGE, "GitHub Enterprise", "unused", SERVER));
    }

    @Test
    void nameProductFillsEveryPlaceThePhraseNamesTheProduct() {
        assertEquals("All GitHub AE guides", LandingLayout.nameProduct("All {{ productMap[currentProduct].name }} guides", "GitHub AE"));
    }
}
