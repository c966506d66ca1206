package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.markdown.Heading;
import java.util.List;

/**
 * The article region of one page in one version and language, before the chrome goes around it.
 *
 * @param englishFallback whether a translated page is shown in English (missing or broken translation)
 * @param headings        every heading of the body, in order
 */
public record RenderedArticle(String title, String shortTitle, String introHtml, String permissionsHtml, String productHtml,
                              String bodyHtml, List<MiniTocItem> miniToc, List<TocEntry> childToc, HelpPage.Kind kind,
                              boolean englishFallback, List<Heading> headings) {
}
