package io.enterpriseconnect.help.site;

import java.util.List;

/**
 * A link to a page as landing pages list it: the address as written (in the page's language and version), the
 * linked page's navigation title and intro as text, and what kind of guide it is.
 *
 * @param type    the page's {@code type} front matter ({@code how_to}), empty when it has none
 * @param topics  the page's {@code topics}, as written in the language shown
 * @param authors the page's {@code authors}, empty when it names none
 */
public record GuideLink(String href, String title, String fullTitle, String intro, String type, List<String> topics,
                        List<String> authors) {
}
