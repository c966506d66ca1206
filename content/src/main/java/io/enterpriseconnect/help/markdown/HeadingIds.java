package io.enterpriseconnect.help.markdown;

import java.util.List;

/**
 * Chooses the id of each heading of one page, in document order. English pages slug their own headings;
 * a translated heading paired with an English one takes the slug of its English original, so that links with
 * anchors work in every language, and keeps its own slug as a second anchor ({@link #aliasFor}), so that anchors
 * translators wrote in their language land too. A heading without a confident pair keeps its own slug.
 */
public final class HeadingIds {

    private final Slugger slugger = new Slugger();
    private final Slugger englishSlugger = new Slugger();
    private final List<String> englishInOrder;
    private int next;
    /** The own slug of the heading last given an id, when that id is its English original's; else null. */
    private String lastOwn;
    private final java.util.Set<String> assigned = new java.util.HashSet<>();

    private HeadingIds(List<String> englishInOrder) {
        this.englishInOrder = englishInOrder;
    }

    public static HeadingIds forEnglish() {
        return new HeadingIds(List.of());
    }

    /**
     * @param englishInOrder for each heading of the translated page in document order, the text of its English
     *                       original, or {@code null} where it has none
     */
    public static HeadingIds forTranslation(List<String> englishInOrder) {
        return new HeadingIds(englishInOrder);
    }

    /**
     * Every heading takes a slot in the page's slug counter even when its id comes from English, as upstream
     * assigned ids first and replaced them afterwards. English ids are made unique among themselves, so that two
     * translated headings of the same English text get {@code -1} like their English originals.
     */
    public String idFor(String headingText) {
        String own = slugger.slug(headingText);
        String english = next < englishInOrder.size() ? englishInOrder.get(next) : null;
        next++;
        lastOwn = english == null ? null : own;
        return unused(english == null ? own : englishSlugger.slug(english));
    }

    /** An id no heading of the page has yet: an English id and a translated heading's own slug may coincide. */
    private String unused(String id) {
        String unique = id;
        for (int n = 1; !assigned.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    /** The translated heading's own slug, for the heading last given an English id; null for any other. */
    public String aliasFor() {
        return lastOwn;
    }
}
