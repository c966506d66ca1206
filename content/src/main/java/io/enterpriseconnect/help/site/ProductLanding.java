package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.versions.ProductVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a product landing shows besides its heading and tree of docs, gathered for its template: the intro
 * links ({@code introLinks}), the featured links ({@code featuredLinks}: guides, popular, guide cards), the
 * product's changelog, and in Enterprise Server its supported releases.
 */
final class ProductLanding {

    /** Upstream's landing shows this many words of a featured guide's intro. */
    private static final int FEATURED_INTRO_WORDS = 12;

    private final HelpSources sources;
    private final PageRenderer renderer;
    private final GuideLinks links;
    private final SupportedReleases releases;
    private final SiteUrls urls;

    ProductLanding(HelpSources sources, PageRenderer renderer, GuideLinks links, SupportedReleases releases, SiteUrls urls) {
        this.sources = sources;
        this.renderer = renderer;
        this.links = links;
        this.releases = releases;
        this.urls = urls;
    }

    Map<String, Object> model(HelpPage page, ProductVersion version, HelpLanguage language) {
        Map<String, Object> model = new HashMap<>();
        model.put("introLinks", introLinks(page, version, language));
        model.put("guides", featured(page, "guides", version, language).stream()
                .map(link -> linkModel(link, HtmlText.truncateWords(link.intro(), FEATURED_INTRO_WORDS))).toList());
        model.put("popular", featured(page, "popular", version, language).stream().map(link -> linkModel(link, link.intro())).toList());
        model.put("guideCards", featured(page, "guideCards", version, language).stream().map(ProductLanding::cardModel).toList());
        Object popularHeading = featuredLinks(renderer.sourceOf(page, language).frontMatter()).get("popularHeading");
        model.put("popularHeading", popularHeading == null ? ui(language, "toc.popular") : String.valueOf(popularHeading));
        model.put("guidesHeading", ui(language, "toc.guides"));
        model.put("whatsNewHeading", ui(language, "toc.whats_new"));
        HelpPage guides = sources.pages().get(page.path() + "/guides");
        if (guides != null && guides.english().versions().includes(version)) {
            model.put("guidesHref", urls.page(language, version, guides.path()));
        }
        String changelogLabel = changelogLabel(page);
        if (changelogLabel != null) {
            // Upstream links a product's changelog label to that category of the GitHub blog, whose posts it fetched when serving.
            model.put("changelogHref", "https://github.blog/category/" + changelogLabel + "/");
        }
        Optional<HelpPage> releaseNotes = releaseNotes(page, version);
        if (releaseNotes.isPresent() && SupportedReleases.shownIn(version)) {
            model.put("supportedReleases", supportedReleases(page, releaseNotes.get(), version, language));
        }
        return model;
    }

    /** The buttons under the intro: each link of {@code introLinks} that renders to a path, labelled by its key in ui.yml. */
    private List<Map<String, Object>> introLinks(HelpPage page, ProductVersion version, HelpLanguage language) {
        PageSource source = renderer.sourceOf(page, language);
        List<Map<String, Object>> buttons = new ArrayList<>();
        if (!(source.frontMatter().get("introLinks") instanceof Map<?, ?> introLinks)) {
            return buttons;
        }
        for (Map.Entry<?, ?> link : introLinks.entrySet()) {
            String kind = String.valueOf(link.getKey());
            // Upstream's "raw" links are for other templates, which print them as they are.
            if (kind.contains("raw") || link.getValue() == null) {
                continue;
            }
            String path = renderer.plainText(String.valueOf(link.getValue()), source.file().file(), version, language);
            if (!path.isEmpty()) {
                buttons.add(Map.of("href", links.href(path, version, language), "label", ui(language, "product_landing." + kind)));
            }
        }
        return buttons;
    }

    private List<GuideLink> featured(HelpPage page, String kind, ProductVersion version, HelpLanguage language) {
        return links.ofPage(page, frontMatter -> asList(featuredLinks(frontMatter).get(kind)), version, language);
    }

    private static Map<?, ?> featuredLinks(FrontMatter frontMatter) {
        return frontMatter.get("featuredLinks") instanceof Map<?, ?> map ? map : Map.of();
    }

    private static List<String> asList(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String changelogLabel(HelpPage page) {
        return page.english().frontMatter().get("changelog") instanceof Map<?, ?> changelog && changelog.get("label") != null
                ? String.valueOf(changelog.get("label")) : null;
    }

    private Map<String, Object> supportedReleases(HelpPage page, HelpPage releaseNotes, ProductVersion version, HelpLanguage language) {
        Map<String, Object> supported = new HashMap<>();
        supported.put("heading", ui(language, "product_landing.supported_releases"));
        supported.put("upgradeFrom", ui(language, "product_landing.upgrade_from"));
        supported.put("browseAllDocs", ui(language, "product_landing.browse_all_docs"));
        supported.put("exploreReleaseNotes", ui(language, "product_landing.explore_release_notes"));
        supported.put("releaseNotesHref", urls.page(language, version, releaseNotes.path()));
        supported.put("cards", releases.cards(language, page.path()));
        return supported;
    }

    /** The product's release-notes page, where the product lists one that exists in the version. */
    private Optional<HelpPage> releaseNotes(HelpPage page, ProductVersion version) {
        return renderer.childrenIn(page, version).stream()
                .filter(child -> LandingLayout.of(child.english().layout()).filter(LandingLayout.RELEASE_NOTES::equals).isPresent())
                .findFirst();
    }

    private String ui(HelpLanguage language, String key) {
        return UiStrings.text(language, key, sources);
    }

    /** A guide card names its authors, GitHub when the page names none, as upstream's did. */
    private static Map<String, Object> cardModel(GuideLink link) {
        Map<String, Object> model = linkModel(link, link.intro());
        model.put("authors", link.authors().isEmpty() ? List.of("GitHub") : link.authors());
        return model;
    }

    static Map<String, Object> linkModel(GuideLink link, String intro) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("href", link.href());
        model.put("title", link.title());
        model.put("intro", intro);
        return model;
    }
}
