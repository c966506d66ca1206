package io.enterpriseconnect.help.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.html.ArticleValidity;
import io.enterpriseconnect.help.html.InPageLinks;
import io.enterpriseconnect.help.site.HelpLanguage;
import io.enterpriseconnect.help.site.HelpPage;
import io.enterpriseconnect.help.site.HelpSources;
import io.enterpriseconnect.help.site.RedirectMap;
import io.enterpriseconnect.help.site.SiteBuilder;
import io.enterpriseconnect.help.site.SiteUrls;
import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the whole corpus without a link prefix, like upstream, and compares it with upstream's own renders:
 * each page's article region, every 404 of the manifest, and every line of redirects.jsonl.
 */
public final class ConformanceRun {

    /** One difference between our render and upstream's, with the explanation if it is a known, deliberate one. */
    public record Difference(String url, String part, String expected, String actual, Optional<String> explanation) {
    }

    /** The outcome: counts for the closing line and every difference for the report. */
    public record Result(int pagesMatching, int pages, int redirectsMatching, int redirects, List<Difference> differences,
                         List<HelpSourceException> englishErrors, long renderMillis, String translationReport,
                         int pagesChecked, Map<String, List<String>> invalidHtml, Map<String, String> invalidPages,
                         InPageLinks japaneseLinks) {

        /** How many in-page links of the Japanese article regions point at an id their page does not have. */
        public String japaneseLinksLine() {
            return "ja in-page links pointing at a missing id: " + japaneseLinks.missing() + " of " + japaneseLinks.links();
        }


        /** The Nu Html Checker's figure over the article region of every rendered page. */
        public String htmlLine() {
            int errors = invalidHtml.values().stream().mapToInt(List::size).sum();
            return "nu html checker: " + errors + " errors in " + invalidHtml.size() + " of " + pagesChecked + " rendered pages";
        }

        public String summaryLine() {
            return "conformance: " + pagesMatching + "/" + pages + " pages match, " + redirectsMatching + "/" + redirects + " redirects match";
        }

        public List<Difference> unexplained() {
            return differences.stream().filter(difference -> difference.explanation().isEmpty()).toList();
        }
    }

    private final Corpus corpus;
    private final ObjectMapper json = new ObjectMapper();

    public ConformanceRun(Corpus corpus) {
        this.corpus = corpus;
    }

    public Result run() {
        VersionCatalog catalog = Corpus.versions();
        LiquidParser parser = new LiquidParser(catalog);
        long start = System.nanoTime();
        HelpSources sources = HelpSources.load(corpus.sources(), catalog, parser);
        Map<String, String> site = new ConcurrentHashMap<>();
        SiteBuilder builder = new SiteBuilder(sources, parser, new SiteUrls(""));
        SiteBuilder.Result built = builder.build(site::put);
        long renderMillis = (System.nanoTime() - start) / 1_000_000;
        QuirkExplainer quirks = new QuirkExplainer(corpus, sources, builder.renderer());
        List<Difference> differences = new ArrayList<>();
        int pages = 0;
        int pagesMatching = 0;
        for (JsonNode line : lines(corpus.referenceHtml().resolve("manifest.jsonl"))) {
            String url = line.get("url").asText();
            String file = url.substring(1) + "/index.html";
            String ours = site.get(file);
            if (line.get("status").asInt() == 404) {
                if (ours != null) {
                    differences.add(new Difference(url, "status", "404", "200", Optional.empty()));
                }
                continue;
            }
            pages++;
            if (ours == null) {
                differences.add(new Difference(url, "status", "200", "404", Optional.empty()));
                continue;
            }
            String reference = read(corpus.referenceHtml().resolve(line.get("file").asText()));
            boolean japanese = url.startsWith("/ja/");
            Optional<ArticleRegion> english = quirks.servedInEnglishUpstream(url)
                    ? Optional.of(ArticleRegion.of(servedInEnglish(builder, sources, site, url)))
                    : Optional.empty();
            List<Difference> found = compare(url, ArticleRegion.of(reference), ArticleRegion.of(ours), english,
                    japanese ? ArticleRegion.ownTextIds(ours) : Map.of(), quirks);
            if (found.isEmpty()) {
                pagesMatching++;
            }
            differences.addAll(found);
        }
        int redirects = 0;
        int redirectsMatching = 0;
        for (JsonNode line : lines(corpus.referenceHtml().resolve("redirects.jsonl"))) {
            redirects++;
            String from = line.get("from").asText();
            String expected = line.get("status").asInt() + (line.has("location") ? " " + line.get("location").asText() : "");
            String actual = answer(built.redirects(), from);
            if (expected.equals(actual)) {
                redirectsMatching++;
            } else {
                differences.add(new Difference(from, "redirect", expected, actual, quirks.explainRedirect(from)));
            }
        }
        Map<String, List<String>> invalidHtml = ArticleValidity.check(site);
        int pagesChecked = (int) site.keySet().stream().filter(file -> file.endsWith("/index.html")).count();
        return new Result(pagesMatching, pages, redirectsMatching, redirects, differences, built.errors(), renderMillis,
                site.get("translation-report.json"), pagesChecked, invalidHtml,
                invalidHtml.keySet().stream().collect(java.util.stream.Collectors.toMap(file -> file, site::get)),
                InPageLinks.of(site, "ja/"));
    }

    /**
     * A Japanese page as upstream served it when it fell outside its translated tree: the English source with
     * Japanese data and chrome, and for an index page the English page itself, as its children too were outside
     * that tree and listed by their English titles and addresses.
     */
    private static String servedInEnglish(SiteBuilder builder, HelpSources sources, Map<String, String> site, String url) {
        String[] parts = url.substring(1).split("/", 3);
        HelpPage page = sources.pages().get(parts.length > 2 ? parts[2] : "");
        if (page.isIndex()) {
            return site.get("en" + url.substring("/ja".length()) + "/index.html");
        }
        ProductVersion version = sources.catalog().findRendered(parts[1]).orElseThrow();
        return builder.renderPage(new HelpPage(page.path(), page.isIndex(), page.english(), Map.of()), version, HelpLanguage.JAPANESE);
    }

    /** What the site answers for a request path: 400 for a path that is not one, 301 and where to, or 404. */
    static String answer(RedirectMap redirects, String from) {
        if (!from.startsWith("/")) {
            return "400";
        }
        return redirects.target(from).map(target -> "301 " + target).orElse("404");
    }

    /**
     * @param english our render of the English source with Japanese data, for the Japanese pages upstream served
     *                that way
     */
    private static List<Difference> compare(String url, ArticleRegion expected, ArticleRegion actual, Optional<ArticleRegion> english,
                                            Map<String, String> ownTextIds, QuirkExplainer quirks) {
        List<Difference> found = new ArrayList<>();
        ArticleRegion upstreamIds = actual.withHeadingIds(ownTextIds);
        for (String part : ArticleRegion.PARTS) {
            check(found, new Difference(url, part, expected.part(part), actual.part(part), Optional.empty()), upstreamIds.part(part),
                    english.map(region -> region.part(part)), quirks);
        }
        return found;
    }

    /**
     * @param withUpstreamIds our part with translated headings given the ids upstream gave them, so that the
     *                        deliberate English ids are told apart from any other difference
     */
    private static void check(List<Difference> found, Difference candidate, String withUpstreamIds, Optional<String> english,
                              QuirkExplainer quirks) {
        String expected = candidate.expected();
        if (expected.equals(candidate.actual())) {
            return;
        }
        String url = candidate.url();
        String part = candidate.part();
        if (expected.equals(withUpstreamIds)) {
            found.add(new Difference(url, part, expected, candidate.actual(), Optional.of(QuirkExplainer.ENGLISH_HEADING_IDS)));
        } else {
            found.add(new Difference(url, part, expected, withUpstreamIds, quirks.explain(url, part, expected, withUpstreamIds, english)));
        }
    }

    private List<JsonNode> lines(Path file) {
        List<JsonNode> nodes = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    nodes.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
