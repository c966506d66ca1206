package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.versions.ProductVersion;
import java.util.Optional;

/**
 * Upstream's landing layouts, which put a page in its own frame instead of the article's: their h1 is not the
 * page's title, and they have no article body.
 */
enum LandingLayout {
    PRODUCT_LANDING("product-landing"),
    PRODUCT_SUBLANDING("product-sublanding"),
    RELEASE_NOTES("release-notes");

    /** How {@code data/ui.yml} names the product in the sub-landing's phrases. */
    private static final String PRODUCT_NAME = "{{ productMap[currentProduct].name }}";

    private final String frontMatterName;

    LandingLayout(String frontMatterName) {
        this.frontMatterName = frontMatterName;
    }

    /** The landing layout a page's front matter names; empty for articles (and the inline layout, which is one). */
    static Optional<LandingLayout> of(String layout) {
        for (LandingLayout landing : values()) {
            if (landing.frontMatterName.equals(layout)) {
                return Optional.of(landing);
            }
        }
        return Optional.empty();
    }

    /**
     * The h1: a product landing is headed by its short title, a sub-landing by the language's "guides of the
     * product" phrase, and release notes by the version's name.
     *
     * @param productName   the navigation title of the product the page belongs to, in the page's language
     * @param guidesPhrase  {@code product_sublanding.guides} of the language's ui.yml, naming the product by Liquid
     */
    String heading(PageTexts page, String productName, String guidesPhrase, ProductVersion version) {
        return switch (this) {
            case PRODUCT_LANDING -> page.navigationTitle();
            case PRODUCT_SUBLANDING -> nameProduct(guidesPhrase, productName);
            // Upstream's release-notes template spells this in English in every language.
            case RELEASE_NOTES -> version.title() + " release notes";
        };
    }

    /** A ui.yml phrase that names the product by Liquid ({@code product_sublanding.*}), with the product's name in it. */
    static String nameProduct(String phrase, String productName) {
        return phrase.replace(PRODUCT_NAME, productName);
    }

    /** The name the templates choose the frame by. */
    String templateName() {
        return frontMatterName;
    }
}
