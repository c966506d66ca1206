package io.enterpriseconnect.help.markdown;

/**
 * A heading of a rendered page, as the "In this article" list needs it.
 *
 * @param level 2 for {@code ##}, 3 for {@code ###}, ...
 * @param id    the anchor, in English slug form for every language
 * @param text  the heading's plain text
 */
public record Heading(int level, String id, String text) {
}
