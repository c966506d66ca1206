package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.markdown.LinkRewriter;
import io.enterpriseconnect.help.markdown.MarkdownRenderer;
import io.enterpriseconnect.help.versions.ProductVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders every page of a help source for every language and version it exists in, with its chrome, and
 * writes the site's other files: redirects, 404 pages, the translation report and the stylesheet.
 */
public final class SiteBuilder {

    /** The outcome of a build: what was written, and the English errors that must fail it. */
    public record Result(List<String> pagePaths, List<HelpSourceException> errors, TranslationReport report, RedirectMap redirects) {
    }

    private record Job(HelpPage page, ProductVersion version, HelpLanguage language) {
    }

    private final HelpSources sources;
    private final SiteUrls urls;
    private final TranslationReport report = new TranslationReport();
    private final PageRenderer renderer;
    private final ProductLanding productLanding;
    private final ProductSublanding productSublanding;
    private final ChromeRenderer chrome = new ChromeRenderer();
    private final Map<HelpLanguage, Map<String, String>> ui = new HashMap<>();
    private final Map<String, String> sidebars = new java.util.concurrent.ConcurrentHashMap<>();

    public SiteBuilder(HelpSources sources, LiquidParser parser, SiteUrls urls) {
        this.sources = sources;
        this.urls = urls;
        MarkdownRenderer markdown = new MarkdownRenderer(new LinkRewriter(sources.catalog(), urls.prefix()));
        this.renderer = new PageRenderer(sources, parser, markdown, urls, report::add);
        GuideLinks guideLinks = new GuideLinks(renderer, new LinkedPages(sources), urls);
        this.productLanding = new ProductLanding(sources, renderer, guideLinks, new SupportedReleases(sources.catalog(), urls), urls);
        this.productSublanding = new ProductSublanding(sources, renderer, guideLinks, new LearningTracks(sources, report::add));
        sources.translationIssues().forEach(report::add);
        HelpLanguage.ALL.forEach(language -> ui.put(language, UiStrings.of(language, sources)));
    }

    public PageRenderer renderer() {
        return renderer;
    }

    public Result build(SiteOutput output) {
        List<Job> jobs = new ArrayList<>();
        for (HelpPage page : sources.pages().values()) {
            for (ProductVersion version : page.english().versions().renderedIn(sources.catalog())) {
                for (HelpLanguage language : HelpLanguage.ALL) {
                    jobs.add(new Job(page, version, language));
                }
            }
        }
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        List<HelpSourceException> errors = Collections.synchronizedList(new ArrayList<>(sources.englishErrors()));
        jobs.parallelStream().forEach(job -> {
            try {
                String path = pageFile(job.language(), job.version(), job.page().path());
                output.write(path, renderPage(job.page(), job.version(), job.language()));
                written.add(path);
            } catch (HelpSourceException e) {
                errors.add(e);
            }
        });
        RedirectMap redirects = RedirectMap.of(sources, urls);
        output.write("redirects.tsv", redirects.toTsv());
        for (HelpLanguage language : HelpLanguage.ALL) {
            output.write(language.urlCode() + "/404.html", chrome.notFound(baseModel(language, homeVersion())));
            for (ProductVersion version : sources.catalog().rendered()) {
                output.write(language.urlCode() + "/" + version.id() + "/search/index.html", chrome.search(baseModel(language, version)));
            }
        }
        output.write("translation-report.json", report.toJson());
        Map<String, Object> reportModel = baseModel(HelpLanguage.ENGLISH, homeVersion());
        reportModel.put("issues", report.rows());
        output.write("translation-report.html", chrome.translationReport(reportModel));
        output.write("assets/help.css", resource("help.css"));
        output.write("assets/help.js", resource("help.js"));
        List<String> sorted = new ArrayList<>(written);
        Collections.sort(sorted);
        Map<String, HelpSourceException> distinctErrors = new java.util.TreeMap<>();
        errors.forEach(error -> distinctErrors.putIfAbsent(error.getMessage(), error));
        List<HelpSourceException> sortedErrors = new ArrayList<>(distinctErrors.values());
        return new Result(sorted, sortedErrors, report, redirects);
    }

    /** {@code en/enterprise-server@3.1/admin/overview/index.html}: one directory per page, as the URL has no extension. */
    public static String pageFile(HelpLanguage language, ProductVersion version, String path) {
        return language.urlCode() + "/" + version.id() + (path.isEmpty() ? "" : "/" + path) + "/index.html";
    }

    public String renderPage(HelpPage page, ProductVersion version, HelpLanguage language) {
        RenderedArticle article = renderer.render(page, version, language);
        Map<String, Object> model = baseModel(language, version);
        model.put("article", articleModel(article));
        LandingLayout.of(page.english().layout()).ifPresent(landing -> model.put("landing", landingModel(landing, page, version, language)));
        model.put("breadcrumbs", breadcrumbs(page, version, language, article));
        model.put("versions", versionPicker(page, version, language));
        model.put("currentVersionTitle", version.title());
        model.put("languages", languagePicker(page, version, language));
        model.put("sidebarHtml", sidebar(page, version, language));
        if (article.englishFallback()) {
            model.put("notice", ui.get(language).get("localizationNotice"));
        }
        return chrome.page(model);
    }

    private Map<String, Object> landingModel(LandingLayout landing, HelpPage page, ProductVersion version, HelpLanguage language) {
        String productName = productName(page, version, language);
        Map<String, Object> model = new HashMap<>(switch (landing) {
            case PRODUCT_LANDING -> productLanding.model(page, version, language);
            case PRODUCT_SUBLANDING -> productSublanding.model(page, version, language, productName);
            case RELEASE_NOTES -> Map.of();
        });
        model.put("layout", landing.templateName());
        model.put("productName", productName);
        model.put("heading", landing.heading(renderer.texts(page, version, language), productName, ui.get(language).get("sublandingGuides"), version));
        return model;
    }

    private Map<String, Object> baseModel(HelpLanguage language, ProductVersion version) {
        Map<String, Object> model = new HashMap<>();
        model.put("language", Map.of("code", language.urlCode(), "name", UiStrings.languageName(language, sources)));
        model.put("ui", ui.get(language));
        model.put("stylesheet", urls.asset("assets/help.css"));
        model.put("script", urls.asset("assets/help.js"));
        if (version != null) {
            model.put("search", Map.of("action", urls.page(language, version, "search"), "suggest", urls.asset("search"), "version", version.id()));
        }
        model.put("homeHref", version == null ? urls.prefix() + "/" + language.urlCode() : urls.page(language, version, homePath()));
        model.put("languages", List.of());
        return model;
    }

    private static Map<String, Object> articleModel(RenderedArticle article) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", article.title());
        model.put("introHtml", article.introHtml());
        model.put("permissionsHtml", article.permissionsHtml());
        model.put("productHtml", article.productHtml());
        model.put("bodyHtml", article.bodyHtml());
        model.put("kind", article.kind().name());
        model.put("miniToc", article.miniToc().stream()
                .map(item -> Map.<String, Object>of("id", item.id(), "text", item.text(), "indentClass", "ml-" + item.indent() * 3)).toList());
        model.put("childToc", article.childToc().stream().map(SiteBuilder::tocModel).toList());
        return model;
    }

    private static Map<String, Object> tocModel(TocEntry entry) {
        Map<String, Object> model = new HashMap<>();
        model.put("path", entry.path());
        model.put("title", entry.title());
        model.put("shortTitle", entry.shortTitle());
        model.put("href", entry.href());
        model.put("introHtml", entry.introHtml());
        model.put("active", entry.active());
        model.put("children", entry.children().stream().map(SiteBuilder::tocModel).toList());
        return model;
    }

    private List<Map<String, Object>> breadcrumbs(HelpPage page, ProductVersion version, HelpLanguage language, RenderedArticle article) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        String[] segments = page.path().isEmpty() ? new String[0] : page.path().split("/");
        for (int depth = 1; depth <= segments.length; depth++) {
            String ancestorPath = String.join("/", java.util.Arrays.copyOf(segments, depth));
            HelpPage ancestor = sources.pages().get(ancestorPath);
            if (ancestor == null || !ancestor.english().versions().includes(version)) {
                continue;
            }
            boolean isPage = ancestor == page;
            PageTexts texts = renderer.texts(ancestor, version, language);
            crumbs.add(Map.of("title", isPage ? article.title() : texts.navigationTitle(), "href", texts.href()));
        }
        return crumbs;
    }

    private List<Map<String, Object>> versionPicker(HelpPage page, ProductVersion current, HelpLanguage language) {
        return page.english().versions().renderedIn(sources.catalog()).stream()
                .map(version -> Map.<String, Object>of("title", version.title(), "href", urls.page(language, version, page.path()),
                        "current", version.equals(current)))
                .toList();
    }

    private List<Map<String, Object>> languagePicker(HelpPage page, ProductVersion version, HelpLanguage current) {
        return HelpLanguage.ALL.stream()
                .map(language -> Map.<String, Object>of("code", language.urlCode(), "name", UiStrings.languageName(language, sources),
                        "href", urls.page(language, version, page.path()), "current", language.equals(current)))
                .toList();
    }

    /**
     * The product's categories, the one holding the page opened down to its map topic. Pages below the same map
     * topic share one rendering; the current page is marked in it afterwards.
     */
    private String sidebar(HelpPage page, ProductVersion version, HelpLanguage language) {
        if (page.path().isEmpty()) {
            return null;
        }
        String[] segments = page.path().split("/");
        HelpPage product = sources.pages().get(segments[0]);
        if (product == null || !product.english().versions().includes(version)) {
            return null;
        }
        String activeChain = String.join("/", java.util.Arrays.copyOf(segments, Math.min(segments.length, 3)));
        String key = version.id() + "|" + language.urlCode() + "|" + activeChain;
        String html = sidebars.computeIfAbsent(key, unused -> chrome.sidebar(Map.of("sidebar",
                tocModel(entry(product, activeChain, version, language, 0)))));
        String marker = "<li data-page=\"" + page.path() + "\" class=\"";
        return html.replace(marker, "<li data-page=\"" + page.path() + "\" aria-current=\"page\" class=\"is-current-page ");
    }

    private TocEntry entry(HelpPage node, String activeChain, ProductVersion version, HelpLanguage language, int depth) {
        PageTexts texts = renderer.texts(node, version, language);
        boolean active = activeChain.equals(node.path()) || activeChain.startsWith(node.path() + "/");
        List<TocEntry> children = new ArrayList<>();
        if ((active || depth == 0) && depth < 3) {
            for (HelpPage child : renderer.childrenIn(node, version)) {
                children.add(entry(child, activeChain, version, language, depth + 1));
            }
        }
        return new TocEntry(node.path(), texts.title(), texts.shortTitle(), texts.href(), null, active, children);
    }

    /** The navigation title of the product (the top-level section) a page is in, as landing headings name it. */
    private String productName(HelpPage page, ProductVersion version, HelpLanguage language) {
        HelpPage product = sources.pages().get(page.path().split("/", 2)[0]);
        return renderer.texts(product == null ? page : product, version, language).navigationTitle();
    }

    private ProductVersion homeVersion() {
        return sources.catalog().rendered().isEmpty() ? null : sources.catalog().rendered().get(0);
    }

    private String homePath() {
        if (sources.pages().containsKey("")) {
            return "";
        }
        Optional<HelpPage> product = sources.pages().values().stream().filter(page -> page.kind() == HelpPage.Kind.PRODUCT).findFirst();
        return product.map(HelpPage::path).orElse("");
    }

    private static String resource(String name) {
        try (InputStream in = SiteBuilder.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
