package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.versions.PageVersions;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a page's front matter may have and what their values must look like. A typo in a key is an
 * error rather than a silently ignored setting.
 */
public final class FrontMatterSchema {

    private static final Set<String> TEXT_KEYS = Set.of("title", "shortTitle", "intro", "permissions", "product", "layout",
            "type", "defaultPlatform", "defaultTool", "beta_product", "contentType", "effectiveDate");
    private static final Set<String> LIST_KEYS = Set.of("redirect_from", "topics", "children", "learningTracks",
            "includeGuides", "authors", "childGroups");
    private static final Set<String> OTHER_KEYS = Set.of("versions", "miniTocMaxHeadingLevel", "allowTitleToDifferFromFilename",
            "showMiniToc", "hidden", "mapTopic", "featuredLinks", "introLinks", "changelog", "externalProducts", "interactive",
            "examples_source", "communityRedirect", "featuredTrack", "sections", "hasExperimentalAlternative");
    private static final Set<String> TYPES = Set.of("overview", "quick_start", "tutorial", "how_to", "reference");
    private static final Set<String> LAYOUTS = Set.of("product-landing", "product-sublanding", "release-notes", "inline",
            "graphql-explorer", "generic-toc", "false");

    private FrontMatterSchema() {
    }

    /** @return the versions the page declares; @throws HelpSourceException at the offending key */
    public static PageVersions validate(FrontMatter frontMatter, VersionCatalog catalog) {
        for (Map.Entry<String, Object> entry : frontMatter.values().entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (TEXT_KEYS.contains(key)) {
                if (!(value instanceof String) && value != null) {
                    throw new HelpSourceException(frontMatter.locationOf(key), "'" + key + "' must be text");
                }
            } else if (LIST_KEYS.contains(key)) {
                if (!(value instanceof List<?>) && !(value instanceof String)) {
                    throw new HelpSourceException(frontMatter.locationOf(key), "'" + key + "' must be a list");
                }
            } else if (!OTHER_KEYS.contains(key)) {
                throw new HelpSourceException(frontMatter.locationOf(key), "unknown front matter key '" + key + "'");
            }
        }
        String title = frontMatter.text("title");
        if (title == null || title.isBlank()) {
            throw new HelpSourceException(frontMatter.start(), "'title' is required");
        }
        String type = frontMatter.text("type");
        if (type != null && !TYPES.contains(type)) {
            throw new HelpSourceException(frontMatter.locationOf("type"), "'type' must be one of " + TYPES + ", not '" + type + "'");
        }
        String layout = frontMatter.text("layout");
        if (frontMatter.get("layout") != null && !LAYOUTS.contains(layout)) {
            throw new HelpSourceException(frontMatter.locationOf("layout"), "unknown layout '" + layout + "'");
        }
        Object level = frontMatter.get("miniTocMaxHeadingLevel");
        if (level != null && !(level instanceof Integer number && number >= 2 && number <= 4)) {
            throw new HelpSourceException(frontMatter.locationOf("miniTocMaxHeadingLevel"), "'miniTocMaxHeadingLevel' must be 2, 3 or 4");
        }
        return PageVersions.parse(frontMatter.get("versions"),
                catalog, frontMatter.get("versions") == null ? frontMatter.start() : frontMatter.locationOf("versions"));
    }
}
