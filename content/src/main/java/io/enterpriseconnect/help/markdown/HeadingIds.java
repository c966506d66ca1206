package io.enterpriseconnect.help.markdown;

import java.util.Map;
import java.util.Set;

/**
 * Chooses the id of each heading of one page, in document order. English pages slug their own headings;
 * translated pages use the slug of the matching English heading so that links with anchors work in
 * every language.
 */
public final class HeadingIds {

    private final Slugger slugger = new Slugger();
    private final Slugger englishSlugger = new Slugger();
    private final Map<String, String> englishByTranslated;
    private final Set<String> translatedWithLiquid;

    private HeadingIds(Map<String, String> englishByTranslated, Set<String> translatedWithLiquid) {
        this.englishByTranslated = englishByTranslated;
        this.translatedWithLiquid = translatedWithLiquid;
    }

    public static HeadingIds forEnglish() {
        return new HeadingIds(Map.of(), Set.of());
    }

    /**
     * @param englishByTranslated  the English text of each translated heading, keyed by its translated text
     * @param translatedWithLiquid the translated texts whose source heading contains Liquid
     */
    public static HeadingIds forTranslation(Map<String, String> englishByTranslated, Set<String> translatedWithLiquid) {
        return new HeadingIds(englishByTranslated, translatedWithLiquid);
    }

    public boolean isIdFromLiquidTranslation(String headingText) {
        return translatedWithLiquid.contains(headingText) && englishByTranslated.containsKey(headingText);
    }

    /**
     * Every heading takes a slot in the page's slug counter even when its id comes from English, as upstream
     * assigned ids first and replaced them afterwards. English ids are made unique among themselves, so that two
     * translated headings of the same text (and English text) get {@code -1} like their English originals.
     */
    public String idFor(String headingText) {
        String own = slugger.slug(headingText);
        String english = englishByTranslated.get(headingText);
        return english == null ? own : englishSlugger.slug(english);
    }
}
