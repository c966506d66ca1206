package io.enterpriseconnect.help.site;

import java.util.List;

/**
 * A child page listed on an index page or in the sidebar.
 *
 * @param path      the page's path, such as {@code admin/overview}
 * @param introHtml the child's intro, for map topics; null where it is not shown
 * @param active    whether the page being shown is this one or below it (sidebar only)
 */
public record TocEntry(String path, String title, String shortTitle, String href, String introHtml, boolean active,
                       List<TocEntry> children) {
}
