package io.enterpriseconnect.help.site;

import java.util.Map;
import java.util.Optional;

/**
 * A page of the help: its English source, which decides where and in which versions it exists, and the
 * translations that parsed.
 */
public final class HelpPage {

    /** Upstream's names for the levels of the content tree, which decide how an index page lists its children. */
    public enum Kind { HOMEPAGE, PRODUCT, CATEGORY, MAP_TOPIC, ARTICLE }

    private final String path;
    private final boolean index;
    private final PageSource english;
    private final Map<HelpLanguage, PageSource> translations;

    public HelpPage(String path, boolean index, PageSource english, Map<HelpLanguage, PageSource> translations) {
        this.path = path;
        this.index = index;
        this.english = english;
        this.translations = Map.copyOf(translations);
    }

    /** Relative to the version root without a leading slash: {@code admin/overview/system-overview}; empty for the homepage. */
    public String path() {
        return path;
    }

    public boolean isIndex() {
        return index;
    }

    public PageSource english() {
        return english;
    }

    public Optional<PageSource> translation(HelpLanguage language) {
        return language.isEnglish() ? Optional.of(english) : Optional.ofNullable(translations.get(language));
    }

    public Kind kind() {
        if (path.isEmpty()) {
            return Kind.HOMEPAGE;
        }
        int depth = path.split("/").length;
        if (!index) {
            return Kind.ARTICLE;
        }
        return switch (depth) {
            case 1 -> Kind.PRODUCT;
            case 2 -> Kind.CATEGORY;
            default -> Kind.MAP_TOPIC;
        };
    }

    /** The path of a child named in {@code children:} (written {@code /child}, relative to this page). */
    public String childPath(String child) {
        String relative = child.startsWith("/") ? child.substring(1) : child;
        return path.isEmpty() ? relative : path + "/" + relative;
    }
}
