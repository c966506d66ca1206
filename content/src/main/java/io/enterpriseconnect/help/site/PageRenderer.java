package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.liquid.DataFallback;
import io.enterpriseconnect.help.liquid.DataResolver;
import io.enterpriseconnect.help.liquid.LiquidGlobals;
import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.liquid.RenderContext;
import io.enterpriseconnect.help.liquid.Template;
import io.enterpriseconnect.help.markdown.Heading;
import io.enterpriseconnect.help.markdown.HeadingIds;
import io.enterpriseconnect.help.markdown.LinkTarget;
import io.enterpriseconnect.help.markdown.MarkdownRenderer;
import io.enterpriseconnect.help.markdown.RenderedMarkdown;
import io.enterpriseconnect.help.versions.ProductVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Renders the article region of a page for one version and language: Liquid first, then Markdown, then the
 * lists an index page shows of its children. A translation that cannot be rendered is replaced by the English
 * page, and the replacement is reported.
 */
public final class PageRenderer {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("(?s)\\A\\s*<p>(.*)</p>\\s*\\z");

    private final HelpSources sources;
    private final LiquidParser parser;
    private final MarkdownRenderer markdown;
    private final SiteUrls urls;
    private final Consumer<TranslationIssue> issues;
    private final TranslatedHeadings translatedHeadings;
    private final java.util.Set<String> reportedPairings = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, Object>> globals = new ConcurrentHashMap<>();
    private final Map<String, PageTexts> texts = new ConcurrentHashMap<>();
    private final Map<HelpLanguage, DataResolver> data = new ConcurrentHashMap<>();

    public PageRenderer(HelpSources sources, LiquidParser parser, MarkdownRenderer markdown, SiteUrls urls,
                        Consumer<TranslationIssue> issues) {
        this.sources = sources;
        this.parser = parser;
        this.markdown = markdown;
        this.urls = urls;
        this.issues = issues;
        this.translatedHeadings = new TranslatedHeadings(markdown);
    }

    /** @throws HelpSourceException when the English source is at fault */
    public RenderedArticle render(HelpPage page, ProductVersion version, HelpLanguage language) {
        Optional<PageSource> translation = page.translation(language);
        if (!language.isEnglish() && translation.isPresent()) {
            RenderContext context = context(version, language);
            try {
                RenderedArticle article = renderSource(page, translation.get(), version, language, context, false);
                reportDataFallbacks(page, version, language, context);
                return article;
            } catch (HelpSourceException e) {
                issues.accept(new TranslationIssue(language.urlCode(), TranslationIssue.Kind.BROKEN_PAGE, page.path(), version.id(),
                        e.location(), e.reason()));
            }
        }
        return renderSource(page, page.english(), version, language, englishSourceContext(page, version, language), !language.isEnglish());
    }

    /**
     * The context an English source renders in for a language: a page that has no translation at all reads the
     * language's variables and reusables, as upstream rendered it; a broken translation falls back to English
     * throughout.
     */
    private RenderContext englishSourceContext(HelpPage page, ProductVersion version, HelpLanguage language) {
        return page.translation(language).isEmpty() ? context(version, language) : context(version, HelpLanguage.ENGLISH);
    }

    private RenderedArticle renderSource(HelpPage page, PageSource source, ProductVersion version, HelpLanguage language,
                                         RenderContext context, boolean englishFallback) {
        String title = plain(source.title().render(context));
        String shortTitle = source.shortTitle() == null ? null : plain(source.shortTitle().render(context));
        LinkTarget target = new LinkTarget(language.urlCode(), version);
        String intro = block(source.intro(), context, target);
        String permissions = block(source.permissions(), context, target);
        String product = block(source.product(), context, target);
        String bodyMarkdown = source.body().render(context);
        HeadingIds ids = HeadingIds.forEnglish();
        if (source != page.english()) {
            TranslatedHeadings.Pairing pairing = translatedHeadings.pair(source.file().file() + '|' + version.id(), bodyMarkdown,
                    page.english(), context(version, HelpLanguage.ENGLISH));
            ids = translatedHeadings.idsFor(pairing);
            if (!pairing.unpaired().isEmpty() && reportedPairings.add(source.file().file() + '|' + version.id())) {
                issues.accept(new TranslationIssue(language.urlCode(), TranslationIssue.Kind.UNPAIRED_HEADINGS, page.path(), version.id(),
                        new io.enterpriseconnect.help.SourceLocation(source.file().file(), source.file().bodyLine(), 1),
                        "no confident English original for " + pairing.unpaired().size() + " heading(s), which keep their own ids: "
                                + String.join(" | ", pairing.unpaired())));
            }
        }
        RenderedMarkdown body = markdown.render(bodyMarkdown, target, ids);
        return new RenderedArticle(title, shortTitle, intro, permissions, product, body.html(),
                miniToc(body.headings(), source.miniTocMaxHeadingLevel()), childToc(page, version, language), page.kind(),
                englishFallback, body.headings());
    }

    /** The Markdown a page's body becomes once its Liquid has run: what the Markdown stage of {@link #render} reads. */
    public String markdownOf(HelpPage page, ProductVersion version, HelpLanguage language) {
        Optional<PageSource> translation = page.translation(language);
        if (!language.isEnglish() && translation.isPresent()) {
            try {
                return translation.get().body().render(context(version, language));
            } catch (HelpSourceException brokenTranslation) {
                // Rendering the page falls back to English for the same reason; so does its Markdown.
            }
        }
        return page.english().body().render(englishSourceContext(page, version, language));
    }

    /**
     * A line of Liquid written outside a page's body (a link in front matter, a learning track's title) rendered
     * for a version and language, as text without markup.
     *
     * @param file where the line was written, for error messages
     * @throws HelpSourceException when the Liquid is at fault
     */
    public String plainText(String liquid, String file, ProductVersion version, HelpLanguage language) {
        return HtmlText.plain(parser.parse(liquid, file).render(context(version, language)));
    }

    /** The source a page is shown from in a language: its translation, else English. */
    public PageSource sourceOf(HelpPage page, HelpLanguage language) {
        return page.translation(language).orElse(page.english());
    }

    /** Title, short title, intro and URL of a page, as its parent's lists, breadcrumbs and the sidebar show them. */
    public PageTexts texts(HelpPage page, ProductVersion version, HelpLanguage language) {
        String key = page.path() + "|" + version.id() + "|" + language.urlCode();
        PageTexts known = texts.get(key);
        if (known != null) {
            return known;
        }
        PageTexts rendered = renderTexts(page, version, language);
        texts.put(key, rendered);
        return rendered;
    }

    private PageTexts renderTexts(HelpPage page, ProductVersion version, HelpLanguage language) {
        String href = urls.page(language, version, page.path());
        Optional<PageSource> translation = page.translation(language);
        if (!language.isEnglish() && translation.isPresent()) {
            try {
                return textsOf(translation.get(), context(version, language), language, version, href);
            } catch (HelpSourceException brokenTranslation) {
                // The page itself reports this translation when it is rendered; its lists fall back to English too.
            }
        }
        return textsOf(page.english(), englishSourceContext(page, version, language), language, version, href);
    }

    private PageTexts textsOf(PageSource source, RenderContext context, HelpLanguage language, ProductVersion version, String href) {
        String title = plain(source.title().render(context));
        String shortTitle = source.shortTitle() == null ? null : plain(source.shortTitle().render(context));
        String intro = block(source.intro(), context, new LinkTarget(language.urlCode(), version));
        return new PageTexts(title, shortTitle, intro == null ? null : unwrapParagraph(intro), href);
    }

    private List<TocEntry> childToc(HelpPage page, ProductVersion version, HelpLanguage language) {
        if (page.kind() == HelpPage.Kind.ARTICLE) {
            return List.of();
        }
        boolean withIntros = page.kind() == HelpPage.Kind.MAP_TOPIC;
        List<TocEntry> entries = new ArrayList<>();
        for (HelpPage child : childrenIn(page, version)) {
            PageTexts childTexts = texts(child, version, language);
            List<TocEntry> grandchildren = new ArrayList<>();
            if (!withIntros && child.isIndex()) {
                for (HelpPage grandchild : childrenIn(child, version)) {
                    PageTexts grandchildTexts = texts(grandchild, version, language);
                    grandchildren.add(new TocEntry(grandchild.path(), grandchildTexts.title(), grandchildTexts.shortTitle(),
                            grandchildTexts.href(), null, false, List.of()));
                }
            }
            entries.add(new TocEntry(child.path(), childTexts.title(), childTexts.shortTitle(), childTexts.href(),
                    withIntros ? childTexts.introHtml() : null, false, grandchildren));
        }
        return entries;
    }

    /** The children a page lists in {@code children:} that exist in the version, duplicates kept as written. */
    public List<HelpPage> childrenIn(HelpPage page, ProductVersion version) {
        List<HelpPage> children = new ArrayList<>();
        for (String child : page.english().children()) {
            HelpPage found = sources.pages().get(page.childPath(child));
            if (found != null && found.english().versions().includes(version)) {
                children.add(found);
            }
        }
        return children;
    }

    private static List<MiniTocItem> miniToc(List<Heading> headings, int maxLevel) {
        List<Heading> listed = headings.stream().filter(h -> h.level() >= 2 && h.level() <= maxLevel).toList();
        int top = listed.stream().mapToInt(Heading::level).min().orElse(2);
        return listed.stream().map(h -> new MiniTocItem(h.id(), h.text(), h.level() - top)).toList();
    }

    private String block(Template template, RenderContext context, LinkTarget target) {
        if (template == null) {
            return null;
        }
        String text = template.render(context);
        if (text.isBlank()) {
            return null;
        }
        String plain = PlainParagraph.html(text);
        return plain != null ? plain : markdown.render(text, target, HeadingIds.forEnglish()).html().strip();
    }

    private static String unwrapParagraph(String html) {
        var single = SINGLE_PARAGRAPH.matcher(html);
        return single.matches() && !single.group(1).contains("<p>") ? single.group(1) : html;
    }

    private static String plain(String text) {
        return TAG.matcher(text).replaceAll("").strip();
    }

    private RenderContext context(ProductVersion version, HelpLanguage language) {
        Map<String, Object> variables = globals.computeIfAbsent(version.id() + "|" + language.urlCode(),
                key -> LiquidGlobals.forVersion(sources.catalog(), version, language.urlCode()));
        return new RenderContext(version, variables, dataFor(language), parser);
    }

    private DataResolver dataFor(HelpLanguage language) {
        return data.computeIfAbsent(language, lang -> lang.isEnglish()
                ? sources.data(HelpLanguage.ENGLISH)
                : new TranslatedDataStore(sources.data(lang), sources.data(HelpLanguage.ENGLISH), lang.urlCode(),
                        broken -> issues.accept(new TranslationIssue(lang.urlCode(), TranslationIssue.Kind.BROKEN_DATA, "", "all",
                                broken.location(), broken.reason() + "; English data is used"))));
    }

    private void reportDataFallbacks(HelpPage page, ProductVersion version, HelpLanguage language, RenderContext context) {
        for (DataFallback fallback : context.fallbacks()) {
            issues.accept(new TranslationIssue(language.urlCode(), TranslationIssue.Kind.MISSING_DATA, page.path(), version.id(),
                    fallback.usedAt(), "no translation of '" + fallback.path() + "': the English text is used"));
        }
    }
}
