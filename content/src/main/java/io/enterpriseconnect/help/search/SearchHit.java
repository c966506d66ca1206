package io.enterpriseconnect.help.search;

import java.util.List;

/**
 * A page found.
 *
 * @param path        below the help root: {@code /en/enterprise-server@3.1/admin/overview}
 * @param breadcrumb  the titles of the page's ancestors, outermost first
 * @param snippetHtml a passage of the page, HTML-escaped, the words found in {@code <mark>}; empty when not asked for
 */
public record SearchHit(String path, String title, List<String> breadcrumb, String snippetHtml) {
}
