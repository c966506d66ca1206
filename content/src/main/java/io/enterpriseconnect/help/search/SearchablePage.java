package io.enterpriseconnect.help.search;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The searchable text of a rendered page, read from its HTML by upstream's landmarks, which our templates keep:
 * the {@code h1}, the {@code .lead-mktg} intro, the headings and text of {@code #article-contents} (a landing page
 * has none: its layout's text instead), and the breadcrumbs.
 */
public record SearchablePage(String path, List<String> breadcrumb, String title, String intro, List<String> headings, String body) {

    /**
     * @param path the page's address below the help root, {@code /en/enterprise-server@3.1/admin/overview}
     * @param html the rendered page
     */
    public static SearchablePage of(String path, String html) {
        Document document = Jsoup.parse(html);
        String title = Optional.ofNullable(document.selectFirst("h1")).map(Element::text).orElse(document.title());
        String intro = Optional.ofNullable(document.selectFirst(".lead-mktg")).map(Element::text).orElse("");
        List<String> breadcrumb = document.select("nav.breadcrumbs a").eachText();
        Element body = document.selectFirst("#article-contents");
        if (body == null) {
            Element region = Optional.ofNullable(document.selectFirst("article")).or(() -> Optional.ofNullable(document.selectFirst("main")))
                    .orElse(document.body());
            body = region.clone();
            body.select("nav, details, h1, .lead-mktg, #in-this-article, script, style").remove();
        }
        List<String> headings = body.select("h2, h3, h4").eachText();
        return new SearchablePage(path, breadcrumb.isEmpty() ? breadcrumb : breadcrumb.subList(0, breadcrumb.size() - 1),
                title, intro, headings, body.text());
    }

    /**
     * The address of a page file written by the site build: {@code en/enterprise-server@3.1/admin/index.html}
     * is served at {@code /en/enterprise-server@3.1/admin}.
     */
    public static String pathOfFile(String pageFile) {
        String path = "/" + pageFile;
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "/index.html".length()) : path;
    }

    /** The page's address below its version's root: {@code /admin/overview}, empty for the version's home. */
    public String pathInVersion() {
        String[] segments = path.split("/", 4);
        return segments.length < 4 ? "" : "/" + segments[3];
    }

    /** The language and version this page belongs to, from the first two segments of its path. */
    public SearchScope scope() {
        String[] segments = path.split("/", 4);
        return new SearchScope(segments[1], segments[2]);
    }
}
