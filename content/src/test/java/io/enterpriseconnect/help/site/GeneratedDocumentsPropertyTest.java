package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.html.ArticleValidity;
import io.enterpriseconnect.help.html.InPageLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Generated help pages, from the syntax the docs use and not from any corpus page: nested version conditions,
 * reusables that include reusables, tables with Liquid in their cells, lists with code blocks, Japanese and Latin
 * text mixed, raw HTML blocks and emoji shortcodes, in an English page and its translation. Whatever is generated,
 * the build either renders every page or stops at {@code file:line:col} errors; every rendered article region is
 * valid HTML; the heading ids of a page are unique; and every mini-TOC link lands on a heading.
 *
 * <p>The seed is fixed so that the build is repeatable; explore with another one by removing it (300 tries with two
 * fresh seeds found the empty and the colliding heading ids this test now guards against).
 */
class GeneratedDocumentsPropertyTest {

    private static final String ERROR = "^\\S+:\\d+:\\d+: .+";

    @Property(tries = 60, seed = "-4672596893909075739")
    void generatedPagesRenderValidHtmlWithResolvableAnchors(@ForAll("englishBodies") String english,
                                                            @ForAll("japaneseBodies") String japanese,
                                                            @ForAll("reusables") String reusable) {
        Path root = temporaryDirectory();
        try {
            HelpSourceFixture fixture = new HelpSourceFixture(root);
            fixture.write("en/data/reusables/gen/inner.md", "Inner {% ifversion ghae %}AE{% else %}GHES{% endif %} :tada: text.\n");
            fixture.write("en/data/reusables/gen/outer.md", reusable);
            fixture.write("ja-JP/data/reusables/gen/outer.md", reusable.replace("Step", "手順"));
            fixture.write("en/content/admin/generated.md", HelpSourceFixture.article("title: Generated\nversions:\n  ghes: '*'\n  ghae: '*'\n", english));
            fixture.write("ja-JP/content/admin/generated.md", HelpSourceFixture.article("title: 生成\nversions:\n  ghes: '*'\n  ghae: '*'\n", japanese));
            SiteBuilder.Result[] result = new SiteBuilder.Result[1];
            Map<String, String> site;
            try {
                site = fixture.build(result);
            } catch (HelpSourceException e) {
                assertTrue(e.getMessage().matches(ERROR), e.getMessage());
                return;
            }
            result[0].errors().forEach(error -> assertTrue(error.getMessage().matches(ERROR), error.getMessage()));
            assertEquals(Map.of(), ArticleValidity.check(site));
            for (Map.Entry<String, String> page : site.entrySet()) {
                if (page.getKey().endsWith("/index.html")) {
                    assertUniqueHeadingIds(page.getKey(), page.getValue());
                }
            }
            assertEquals(Map.of(), InPageLinks.of(site, "").missingByPage());
        } finally {
            delete(root);
        }
    }

    private static void assertUniqueHeadingIds(String file, String page) {
        Set<String> ids = new HashSet<>();
        for (Element element : Jsoup.parse(ArticleValidity.region(page)).select("[id]")) {
            assertTrue(ids.add(element.id()), file + ": id '" + element.id() + "' twice");
        }
    }

    @Provide
    Arbitrary<String> englishBodies() {
        return bodies(text());
    }

    @Provide
    Arbitrary<String> japaneseBodies() {
        return bodies(Arbitraries.oneOf(text(), japaneseText()));
    }

    @Provide
    Arbitrary<String> reusables() {
        return Arbitraries.of(
                "1. Step one {% data reusables.gen.inner %}\n2. Step two\n",
                "{% ifversion ghes > 3.0 %}\n#### Reused heading\n{% endif %}\n{% data reusables.gen.inner %}\n",
                "| Key | Value |\n| :- | -: |\n| a | {% data reusables.gen.inner %} |\n",
                "<div class=\"extended-markdown note\">{% data reusables.gen.inner %}</div>\n");
    }

    private static Arbitrary<String> bodies(Arbitrary<String> text) {
        return block(text).list().ofMinSize(1).ofMaxSize(8).map(blocks -> String.join("\n", blocks) + "\n");
    }

    private static Arbitrary<String> block(Arbitrary<String> text) {
        Arbitrary<String> heading = Combinators.combine(Arbitraries.integers().between(2, 4), text)
                .as((level, words) -> "#".repeat(level) + " " + words + "\n");
        Arbitrary<String> paragraph = text.map(words -> words + "\n");
        Arbitrary<String> condition = Combinators.combine(
                Arbitraries.of("ghes", "ghae", "ghes > 3.0", "ghes < 3.1", "not ghae", "ghes or ghae"),
                Arbitraries.of("enterprise-server@3.0", "enterprise-server@2.22"), text, text)
                .as((plans, release, inner, other) -> "{% ifversion " + plans + " %}\n## " + inner + "\n\n"
                        + "{% if currentVersion ver_gt \"" + release + "\" %}" + other + "{% else %}" + inner + "{% endif %}\n"
                        + "{% else %}\n" + other + "\n{% endif %}\n");
        Arbitrary<String> table = Combinators.combine(text, text)
                .as((a, b) -> "| Name | Value |\n| :- | :-: |\n| " + a + " | {% ifversion ghae %}" + b + "{% else %}{{ currentVersion }}{% endif %} |\n");
        Arbitrary<String> list = Combinators.combine(text, Arbitraries.of("shell", "yaml", ""))
                .as((words, language) -> "1. " + words + "\n   ```" + language + "\n   $ ghe-config <key> <value>\n   ```\n2. {% data reusables.gen.outer %}\n");
        Arbitrary<String> html = Combinators.combine(text, Arbitraries.of("kbd", "em", "code", "strong"))
                .as((words, tag) -> "<div class=\"extended-markdown tip\">\n<p>" + words + " <" + tag + ">x</" + tag + "></p>\n<ul><li>"
                        + words + "</li></ul>\n</div>\n");
        Arbitrary<String> note = text.map(words -> "{% note %}\n\n**Note:** " + words + " {% octicon \"plug\" aria-label=\"plug\" %}\n\n{% endnote %}\n");
        Arbitrary<String> reused = Arbitraries.just("{% data reusables.gen.outer %}\n");
        return Arbitraries.oneOf(heading, heading, paragraph, condition, table, list, html, note, reused);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.of("Connect", "the instance", "GitHub", ":rocket:", "`code`", "**bold**", "_em_", "a < b & c",
                "[link](/admin)", "2021-06-09", "3.1", "Über", "naïve", "#hash", "<new_password>")
                .list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words));
    }

    private static Arbitrary<String> japaneseText() {
        return Arbitraries.of("接続", "インスタンス", "の", "設定", "（概要）", "「種類」", "GitHub", "手順、", ":tada:")
                .list().ofMinSize(1).ofMaxSize(5).map(words -> String.join("", words));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("generated-help");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
