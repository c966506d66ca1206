package io.enterpriseconnect.help.conformance;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.site.FrontMatter;
import io.enterpriseconnect.help.site.FrontMatterParser;
import io.enterpriseconnect.help.site.HelpLanguage;
import io.enterpriseconnect.help.site.HelpSources;
import io.enterpriseconnect.help.site.PageRenderer;
import io.enterpriseconnect.help.site.RedirectMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognizes the differences that are deliberate or that upstream's own inconsistency explains. Everything it
 * does not recognize is reported as unexplained.
 */
final class QuirkExplainer {

    static final String ENGLISH_HEADING_IDS = "English heading ids on translated pages (corpus quirk 3, fixed): upstream meant Japanese "
            + "headings to take the id of their English original, but in this snapshot its rule did not take effect (not for "
            + "headings with Liquid, and in practice not for the others either), so its ja pages kept Japanese ids; here every "
            + "translated heading gets its English id and anchors work across languages";

    static final String ORPHAN_REDIRECT = "orphan translation: upstream answered 404 for this /ja path, which a Japanese file without "
            + "an English page claims (as its path or redirect_from), though it redirected the same path in English and other "
            + "orphan-claimed /ja paths; here /ja paths redirect exactly like the English ones";

    static final String OUTSIDE_TRANSLATED_TREE = "upstream built each language's site by following the translated index pages' "
            + "children lists, and a translated index here does not list this page's section (its translation lagged behind "
            + "the English one), so upstream served the English source with Japanese data although the page is translated; "
            + "here every translation is used";

    static final String CHILDREN_FROM_ENGLISH = "upstream listed a translated index page's children from the translation's own, "
            + "outdated children list (missing pages added since, naming pages since removed); here translated index pages "
            + "list the children of the English tree";

    static final String GLUED_REUSABLE = "two reusables on one line (corpus quirk 1, fixed): upstream glued the second "
            + "reusable's first list item to the line before as literal text ('1. ...' inside the previous step); here a "
            + "reusable that starts a list item starts a line of its own";

    static final String SPLIT_TRANSLATED_ITEM = "translated list item split after a Japanese comma (corpus quirk 2, fixed): "
            + "upstream ended the list at '1. ...、' and showed the rest of the sentence and the following steps as one "
            + "paragraph; here the item is joined with the rest of its sentence and the list goes on";

    static final String ADDRESS_IN_SHELL_OUTPUT = "e-mail address in angle brackets inside a shell block: upstream pasted shell "
            + "blocks into raw HTML, where <user@host> became an element and vanished from the page; here it stays text";

    static final String RELEASE_NOTES_DATA_ABSENT = "release notes are built from data/release-notes (each release's patches, "
            + "their dates and notes), which the corpus does not hold: its data folders (en and ja-JP) have variables, "
            + "reusables, ui.yml and learning-tracks only; so here a release-notes page shows its heading alone, and a "
            + "product landing's release cards leave out the line naming each release's latest patch and its date";

    private static final Set<String> RELEASE_NOTES_PARTS = Set.of("release-notes", "release-notes-links");

    static final String PLACEHOLDER_IN_CODE_BLOCK = "placeholder in angle brackets inside a raw-HTML code block "
            + "(<new_password>, <port>): upstream's HTML parser made it an unknown element, which hid it from the page; here "
            + "a tag that names no HTML element stays text, so the placeholder is shown";

    static final String DOUBLED_HASH = "a link written with '##' before its anchor (a source typo): upstream passed it through, "
            + "which is not a valid URL; here it is repaired to one '#'";

    static final String BLOCKS_IN_RAW_PRE = "a raw <pre> opened at the end of a paragraph line, so Markdown went on reading "
            + "the lines inside it (a '# comment' line became a heading inside <pre>), which HTML does not allow; here those "
            + "lines are shown as the text they are";

    static final String TRANSLATED_HTML_REJECTED = "a translated reusable holds raw HTML outside the allow-list (a "
            + "translation tool's <table spaces-before=\"0\">), which upstream passed through; here the translation is "
            + "reported and its English text used, so the table is in English";

    /** A table with whatever follows it up to the next heading (a broken translated table leaves its rows as text). */
    private static final Pattern TABLE = Pattern.compile("(?s)<table[ >].*?(?=<h[1-6][ >]|\\z)");
    private static final Pattern BLOCK_IN_PRE = Pattern.compile("(?s)<pre[^>]*>(?:(?!</pre>).)*<(?:h[1-6]|p)[ >]");
    /** An element HTML does not have inside a code block, as a placeholder became in upstream's render. */
    private static final Pattern PLACEHOLDER_ELEMENT = Pattern.compile(
            "(?s)<pre[^>]*>(?:(?!</pre>).)*<(?!(?:a|em|strong|code|span|b|i|kbd|br|sup|sub|del)[ >])[a-z][a-z0-9_]*[ >]");
    private static final Pattern PRE = Pattern.compile("(?s)(<pre[^>]*>)(.*?)(</pre>)");
    private static final Pattern ANY_TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ADDRESS_AS_ELEMENT = Pattern.compile("</?[^\\s<>/]*@[^\\s<>]*>");
    private static final Pattern ITEM_BOUNDARY = Pattern.compile("(</p>)?</li>\n<li>(<p>)?");
    private static final Pattern ITEM_CUT_AT_COMMA = Pattern.compile("<li>[^<]*、</li>");

    private final Set<String> orphanClaims = new HashSet<>();
    private final Map<String, String> orphanTitles = new HashMap<>();
    private final Set<String> outsideTranslatedTree;
    private final Set<String> indexesWithOwnChildren;
    private final boolean hasReleaseNotesData;
    private final LandingLinkQuirks landingLinks;

    QuirkExplainer(Corpus corpus, HelpSources sources, PageRenderer renderer) {
        readOrphans(corpus.sources());
        TranslatedTree tree = TranslatedTree.of(corpus.sources());
        this.outsideTranslatedTree = tree.translatedPagesOutside();
        this.indexesWithOwnChildren = tree.indexesWithOwnChildren();
        this.hasReleaseNotesData = HelpLanguage.ALL.stream()
                .anyMatch(language -> Files.exists(corpus.sources().resolve(language.sourceFolder()).resolve("data").resolve("release-notes")));
        this.landingLinks = new LandingLinkQuirks(sources, renderer, outsideTranslatedTree, orphanTitles);
    }

    /** Whether upstream served this Japanese address in English, as the page lies outside its translated tree. */
    boolean servedInEnglishUpstream(String url) {
        return url.startsWith("/ja/") && outsideTranslatedTree.contains(pathOf(url));
    }

    /**
     * @param english this part of the English source rendered with Japanese data, for the pages upstream served
     *                that way
     */
    Optional<String> explain(String url, String part, String expected, String actual, Optional<String> english) {
        String path = pathOf(url);
        if (servedInEnglishUpstream(url) && english.filter(expected::equals).isPresent()) {
            return Optional.of(OUTSIDE_TRANSLATED_TREE);
        }
        if (servedInEnglishUpstream(url) && expected.contains("<table") && english
                .filter(region -> TABLE.matcher(region).replaceAll("").equals(TABLE.matcher(expected).replaceAll(""))).isPresent()) {
            return Optional.of(TRANSLATED_HTML_REJECTED);
        }
        if (url.startsWith("/ja/") && part.equals("body") && listsChildrenOfIndexWithOwnChildren(path)
                && ChildEntries.differOnlyInWhichChildrenAreListed(expected, actual)) {
            return Optional.of(CHILDREN_FROM_ENGLISH);
        }
        if (url.startsWith("/ja/") && part.equals("all-docs") && listsChildrenOfIndexWithOwnChildren(path)
                && ChildEntries.treesDifferOnlyInWhichChildrenAreListed(expected, actual)) {
            return Optional.of(CHILDREN_FROM_ENGLISH);
        }
        if (RELEASE_NOTES_PARTS.contains(part) && actual.isEmpty() && !hasReleaseNotesData) {
            return Optional.of(RELEASE_NOTES_DATA_ABSENT);
        }
        Optional<String> aboutLinks = landingLinks.explain(url, part, expected, actual);
        if (aboutLinks.isPresent()) {
            return aboutLinks;
        }
        if (part.equals("body") && gluedAtSomeItemBoundary(expected, actual)) {
            return Optional.of(GLUED_REUSABLE);
        }
        if (part.equals("body") && ITEM_CUT_AT_COMMA.matcher(expected).find() && !ITEM_CUT_AT_COMMA.matcher(actual).find()) {
            return Optional.of(SPLIT_TRANSLATED_ITEM);
        }
        if (ADDRESS_AS_ELEMENT.matcher(expected).find()
                && ADDRESS_AS_ELEMENT.matcher(expected).replaceAll("").equals(ADDRESS_AS_ELEMENT.matcher(actual).replaceAll(""))) {
            return Optional.of(ADDRESS_IN_SHELL_OUTPUT);
        }
        if (expected.contains("##") && expected.replace("##", "#").equals(actual)) {
            return Optional.of(DOUBLED_HASH);
        }
        if (BLOCK_IN_PRE.matcher(expected).find() && textOnly(expected).equals(textOnly(actual))) {
            return Optional.of(BLOCKS_IN_RAW_PRE);
        }
        if (PLACEHOLDER_ELEMENT.matcher(expected).find() && codeBlocksAsText(expected).equals(codeBlocksAsText(actual))) {
            return Optional.of(PLACEHOLDER_IN_CODE_BLOCK);
        }
        return Optional.empty();
    }

    /** The text with everything that looks like a tag inside code blocks left out: what differs only in placeholders. */
    private static String codeBlocksAsText(String html) {
        return PRE.matcher(html).replaceAll(block -> Matcher.quoteReplacement(
                block.group(1) + ANY_TAG.matcher(block.group(2)).replaceAll("") + block.group(3)));
    }

    private static String textOnly(String html) {
        return ANY_TAG.matcher(html).replaceAll("").replaceAll("[#\\s]", "");
    }

    private static String pathOf(String url) {
        return url.replaceFirst("^/[a-z]{2}/[^/]+/?", "");
    }

    /** Whether a page lists the children of an index whose translation has its own list: the index or its parent. */
    private boolean listsChildrenOfIndexWithOwnChildren(String path) {
        return indexesWithOwnChildren.stream().anyMatch(index -> index.equals(path) || index.startsWith(path + "/")
                && index.indexOf('/', path.length() + 1) < 0);
    }

    /** Whether upstream's text is ours with some list item boundaries replaced by the next item's literal "1. ". */
    private static boolean gluedAtSomeItemBoundary(String expected, String actual) {
        Matcher boundary = ITEM_BOUNDARY.matcher(actual);
        StringBuilder glued = new StringBuilder();
        int position = 0;
        boolean any = false;
        while (boundary.find()) {
            String candidate = glued + actual.substring(position, boundary.start()) + "1. ";
            if (expected.startsWith(candidate)) {
                glued.append(actual, position, boundary.start()).append("1. ");
                any = true;
            } else {
                glued.append(actual, position, boundary.end());
            }
            position = boundary.end();
        }
        glued.append(actual.substring(position));
        return any && glued.toString().equals(expected);
    }

    Optional<String> explainRedirect(String from) {
        if (from.startsWith("/ja/") && orphanClaims.contains(RedirectMap.normalize(from.substring(3)))) {
            return Optional.of(ORPHAN_REDIRECT);
        }
        return Optional.empty();
    }

    /** The paths, redirect_from entries and titles of the Japanese files that have no English page. */
    private void readOrphans(Path sources) {
        Path english = sources.resolve("en").resolve("content");
        Path japanese = sources.resolve("ja-JP").resolve("content");
        Set<String> claims = orphanClaims;
        try (Stream<Path> files = Files.walk(japanese)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).toList()) {
                Path relative = japanese.relativize(file);
                if (Files.exists(english.resolve(relative))) {
                    continue;
                }
                String path = relative.toString().replace('\\', '/');
                String own = "/" + path.substring(0, path.length() - ".md".length()).replaceAll("/index$", "");
                claims.add(own);
                try {
                    FrontMatter frontMatter = FrontMatterParser.parse(Files.readString(file), file.toString()).frontMatter();
                    frontMatter.texts("redirect_from").forEach(from -> claims.add(RedirectMap.normalize(from)));
                    if (frontMatter.text("title") != null) {
                        orphanTitles.put(own, frontMatter.text("title"));
                    }
                } catch (HelpSourceException unparseable) {
                    // An orphan whose front matter does not parse claims only its own path.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
