package io.enterpriseconnect.help.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The in-page links ({@code href="#..."}) of rendered article regions (the mini-TOC and links in the text; a
 * heading's link to itself is not counted), and those that point at no id of their page.
 */
public record InPageLinks(int links, int missing, Map<String, Set<String>> missingByPage) {

    /** @param pages rendered pages by file name; only those whose name starts with {@code prefix} are counted */
    public static InPageLinks of(Map<String, String> pages, String prefix) {
        int links = 0;
        int missing = 0;
        Map<String, Set<String>> missingByPage = new java.util.TreeMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (!page.getKey().startsWith(prefix) || !page.getKey().endsWith("/index.html")) {
                continue;
            }
            Element region = Jsoup.parseBodyFragment(ArticleValidity.region(page.getValue())).body();
            Set<String> ids = new HashSet<>();
            region.select("[id]").forEach(element -> ids.add(element.id()));
            for (Element link : region.select("a[href^=#]")) {
                String target = decode(link.attr("href").substring(1));
                Element parent = link.parent();
                boolean selfLink = parent != null && parent.normalName().matches("h[1-6]") && parent.id().equals(target);
                if (target.isEmpty() || selfLink) {
                    continue;
                }
                links++;
                if (!ids.contains(target)) {
                    missing++;
                    missingByPage.computeIfAbsent(page.getKey(), unused -> new java.util.TreeSet<>()).add(target);
                }
            }
        }
        return new InPageLinks(links, missing, missingByPage);
    }

    private static String decode(String fragment) {
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return fragment;
        }
    }
}
