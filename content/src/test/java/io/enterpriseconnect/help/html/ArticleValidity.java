package io.enterpriseconnect.help.html;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Nu Html Checker over the article region of rendered pages: what the page templates nest inside
 * {@code <article class="markdown-body">} (title, intro, mini-TOC, {@code #article-contents}, a landing's parts),
 * checked as the body of a minimal valid document in the page's language. A page without that element is checked
 * whole.
 */
public final class ArticleValidity {

    private static final String ARTICLE_START = "<article class=\"markdown-body";
    private static final String ARTICLE_END = "</article>";
    private static final ThreadLocal<NuChecker> CHECKER = ThreadLocal.withInitial(NuChecker::new);

    private ArticleValidity() {
    }

    /** The article region of a rendered page: the raw text between the article's tags. */
    public static String region(String page) {
        int start = page.indexOf(ARTICLE_START);
        int end = page.lastIndexOf(ARTICLE_END);
        if (start < 0 || end < start) {
            return page;
        }
        return page.substring(page.indexOf('>', start) + 1, end);
    }

    public static List<String> errors(String page, String language) {
        String region = region(page);
        return region.length() == page.length() ? CHECKER.get().errors(page) : CHECKER.get().fragmentErrors(region, language);
    }

    /**
     * @param pages rendered pages by file name ({@code en/enterprise-server@3.1/admin/index.html}); other files are skipped
     * @return the errors of each page that has any, by file name
     */
    public static Map<String, List<String>> check(Map<String, String> pages) {
        Map<String, List<String>> invalid = new ConcurrentHashMap<>();
        pages.entrySet().parallelStream()
                .filter(page -> page.getKey().endsWith(".html") && !page.getKey().startsWith("translation-report"))
                .forEach(page -> {
                    List<String> errors = errors(page.getValue(), page.getKey().startsWith("ja/") ? "ja" : "en");
                    if (!errors.isEmpty()) {
                        invalid.put(page.getKey(), errors);
                    }
                });
        return new TreeMap<>(invalid);
    }
}
