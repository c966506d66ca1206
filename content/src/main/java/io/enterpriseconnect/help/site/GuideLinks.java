package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.versions.ProductVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the link lists of landing pages and learning tracks (paths, possibly inside Liquid conditions) into
 * {@link GuideLink}s for a version and language, as upstream did: each path is rendered, an empty one is
 * dropped, and so is one that names no page in the version. The link keeps the path as written; the title and
 * intro are the linked page's.
 */
final class GuideLinks {

    private final PageRenderer renderer;
    private final LinkedPages pages;
    private final SiteUrls urls;

    GuideLinks(PageRenderer renderer, LinkedPages pages, SiteUrls urls) {
        this.renderer = renderer;
        this.pages = pages;
        this.urls = urls;
    }

    /** @param file the source the links were written in, for error messages */
    List<GuideLink> of(List<String> links, String file, ProductVersion version, HelpLanguage language) {
        List<GuideLink> found = new ArrayList<>();
        for (String link : links) {
            one(link, file, version, language).ifPresent(found::add);
        }
        return found;
    }

    private Optional<GuideLink> one(String link, String file, ProductVersion version, HelpLanguage language) {
        String path = renderer.plainText(link, file, version, language);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return pages.find(path, version).map(page -> {
            PageTexts texts = renderer.texts(page, version, language);
            PageSource source = renderer.sourceOf(page, language);
            String type = source.frontMatter().text("type");
            return new GuideLink(href(path, version, language), texts.navigationTitle(), texts.title(),
                    HtmlText.plain(texts.introHtml()), type == null ? "" : type, source.frontMatter().texts("topics"),
                    source.frontMatter().texts("authors"));
        });
    }

    /** The path as written, under the language and version: upstream linked old paths as they were, not where they lead. */
    String href(String path, ProductVersion version, HelpLanguage language) {
        String normalized = RedirectMap.normalize(path);
        return urls.page(language, version, normalized.substring(1));
    }

    /**
     * Renders a link list of the front matter a page is shown from in the language (a translation may list other
     * paths, as upstream read the translated front matter), falling back to the English list when the
     * translation's Liquid is broken.
     */
    List<GuideLink> ofPage(HelpPage page, Function<FrontMatter, List<String>> field, ProductVersion version, HelpLanguage language) {
        PageSource source = renderer.sourceOf(page, language);
        try {
            return of(field.apply(source.frontMatter()), source.file().file(), version, language);
        } catch (HelpSourceException brokenTranslation) {
            if (source == page.english()) {
                throw brokenTranslation;
            }
            return of(field.apply(page.english().frontMatter()), page.english().file().file(), version, language);
        }
    }
}
