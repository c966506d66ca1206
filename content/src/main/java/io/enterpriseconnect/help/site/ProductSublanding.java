package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.versions.ProductVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a product's guides page (a sub-landing) shows, gathered for its template: the learning tracks its
 * {@code learningTracks} name (the featured one on top, the others as cards), then a card for each article of
 * {@code includeGuides} with its type and topics. Tracks, guides and articles that do not exist in the version
 * are left out.
 */
final class ProductSublanding {

    /** Upstream's track cards list this many guides and count the rest. */
    private static final int GUIDES_LISTED_PER_TRACK = 4;
    private static final List<String> GUIDE_TYPES = List.of("overview", "quick_start", "tutorial", "how_to", "reference");

    private final HelpSources sources;
    private final PageRenderer renderer;
    private final GuideLinks links;
    private final LearningTracks tracks;

    ProductSublanding(HelpSources sources, PageRenderer renderer, GuideLinks links, LearningTracks tracks) {
        this.sources = sources;
        this.renderer = renderer;
        this.links = links;
        this.tracks = tracks;
    }

    /** @param productName the product's name as the language's headings show it */
    Map<String, Object> model(HelpPage page, ProductVersion version, HelpLanguage language, String productName) {
        Map<String, Object> model = new HashMap<>();
        Map<String, String> typeNames = new LinkedHashMap<>();
        GUIDE_TYPES.forEach(type -> typeNames.put(type, ui(language, "product_sublanding.guide_types." + type)));
        List<Map<String, Object>> trackCards = new ArrayList<>();
        PageSource source = renderer.sourceOf(page, language);
        for (String written : source.frontMatter().texts("learningTracks")) {
            String name = renderer.plainText(written, source.file().file(), version, language);
            Optional<LearningTracks.Track> track = name.isEmpty() ? Optional.empty() : tracks.find(product(page), name, language, page.path(), version.id());
            if (track.isEmpty()) {
                continue;
            }
            Map<String, Object> card = trackModel(track.get(), version, language, typeNames);
            if (isFeatured(track.get(), version, language)) {
                model.put("featuredTrack", card);
            } else if (!((List<?>) card.get("guides")).isEmpty()) {
                trackCards.add(card);
            }
        }
        model.put("tracks", trackCards);
        boolean hasTracks = !source.frontMatter().texts("learningTracks").isEmpty();
        if (hasTracks) {
            model.put("learningPathsHeading", LandingLayout.nameProduct(ui(language, "product_sublanding.learning_paths"), productName));
            model.put("learningPathsIntro", ui(language, "product_sublanding.learning_paths_desc"));
        }
        List<GuideLink> guides = links.ofPage(page, frontMatter -> frontMatter.texts("includeGuides"), version, language);
        model.put("articles", guides.stream().map(guide -> articleModel(guide, typeNames)).toList());
        if (hasTracks) {
            model.put("allGuidesHeading", LandingLayout.nameProduct(ui(language, "product_sublanding.all_guides"), productName));
        }
        TreeSet<String> topics = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        guides.forEach(guide -> topics.addAll(guide.topics()));
        model.put("topics", List.copyOf(topics));
        model.put("guideTypes", typeNames.entrySet().stream().map(type -> Map.of("key", type.getKey(), "name", type.getValue())).toList());
        for (String text : List.of("start", "start_path", "more_guides", "load_more")) {
            model.put(text, ui(language, "product_sublanding." + text));
        }
        model.put("filterType", ui(language, "product_sublanding.filters.type"));
        model.put("filterTopic", ui(language, "product_sublanding.filters.topic"));
        model.put("filterAll", ui(language, "product_sublanding.filters.all"));
        return model;
    }

    private Map<String, Object> trackModel(LearningTracks.Track track, ProductVersion version, HelpLanguage language,
                                           Map<String, String> typeNames) {
        List<Map<String, Object>> guides = new ArrayList<>();
        for (GuideLink guide : links.of(track.guides(), track.file(), version, language)) {
            Map<String, Object> guideModel = ProductLanding.linkModel(guide, guide.intro());
            guideModel.put("href", guide.href() + "?learn=" + track.name());
            guideModel.put("typeName", typeNames.getOrDefault(guide.type(), ""));
            guideModel.put("listed", guides.size() < GUIDES_LISTED_PER_TRACK);
            guides.add(guideModel);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("name", track.name());
        model.put("title", renderer.plainText(track.title(), track.file(), version, language));
        model.put("description", renderer.plainText(track.description(), track.file(), version, language));
        model.put("guides", guides);
        model.put("moreGuides", Math.max(0, guides.size() - GUIDES_LISTED_PER_TRACK));
        return model;
    }

    /** {@code featured_track} is true, or Liquid that renders to "true" in the versions the track is featured in. */
    private boolean isFeatured(LearningTracks.Track track, ProductVersion version, HelpLanguage language) {
        return !track.featured().isEmpty() && renderer.plainText(track.featured(), track.file(), version, language).equals("true");
    }

    private static Map<String, Object> articleModel(GuideLink guide, Map<String, String> typeNames) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("href", guide.href());
        // Article cards name a guide by its full title, where track and featured links use the short one.
        model.put("title", guide.fullTitle());
        model.put("type", guide.type());
        model.put("typeName", typeNames.getOrDefault(guide.type(), ""));
        model.put("intro", guide.intro());
        model.put("topics", guide.topics());
        return model;
    }

    /** The product a page belongs to, whose learning tracks it reads: the first segment of its path. */
    private static String product(HelpPage page) {
        return page.path().split("/", 2)[0];
    }

    private String ui(HelpLanguage language, String key) {
        return UiStrings.text(language, key, sources);
    }
}
