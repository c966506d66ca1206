package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.HelpSourceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {

    private static final String CONNECT = HelpSourceFixture.article("""
            title: Connecting {% data variables.product.product_name %}
            intro: 'Link your instance.'
            permissions: 'Site administrators can connect.'
            redirect_from:
              - /enterprise/admin/installation/connecting
            versions:
              ghes: '*'
            """, """

            ## About the connection

            See "[Proxy](/enterprise/{{ currentVersion }}/admin/guides/installation/proxy)".

            ## Enabling the connection

            1. Sign in.
            """);

    @TempDir
    Path root;

    @Test
    void rendersEveryVersionAndLanguageAPageExistsIn() {
        new HelpSourceFixture(root).write("en/content/admin/connecting.md", CONNECT);
        SiteBuilder.Result[] result = new SiteBuilder.Result[1];
        Map<String, String> site = new HelpSourceFixture(root).build(result);
        assertTrue(site.containsKey("en/enterprise-server@3.1/admin/connecting/index.html"));
        assertTrue(site.containsKey("ja/enterprise-server@3.0/admin/connecting/index.html"));
        assertFalse(site.containsKey("en/github-ae@latest/admin/connecting/index.html"));
        assertEquals(List.of(), result[0].errors());
    }

    @Test
    void pageHasUpstreamLandmarksAndRewrittenLinks() {
        new HelpSourceFixture(root).write("en/content/admin/connecting.md", CONNECT);
        String page = new HelpSourceFixture(root).build(new SiteBuilder.Result[1]).get("en/enterprise-server@3.0/admin/connecting/index.html");
        assertTrue(page.contains("<h1 class=\"border-bottom-0\">Connecting GitHub Enterprise Server</h1>"), page);
        assertTrue(page.contains("<div class=\"lead-mktg\"><p>Link your instance.</p></div>"), page);
        assertTrue(page.contains("<div class=\"permissions-statement\"><p>Site administrators can connect.</p></div>"), page);
        assertTrue(page.contains("<h2 id=\"in-this-article\""), page);
        assertTrue(page.contains("<a href=\"#enabling-the-connection\">Enabling the connection</a>"), page);
        assertTrue(page.contains("href=\"/en/enterprise-server@3.0/admin/guides/installation/proxy\""), page);
        assertTrue(page.contains("id=\"article-contents\""), page);
    }

    @Test
    void redirectFromLandsOnTheLatestRelease() {
        new HelpSourceFixture(root).write("en/content/admin/connecting.md", CONNECT);
        SiteBuilder.Result[] result = new SiteBuilder.Result[1];
        new HelpSourceFixture(root).build(result);
        assertEquals("/en/enterprise-server@3.1/admin/connecting", result[0].redirects().target("/enterprise/admin/installation/connecting/").orElseThrow());
        assertEquals("/ja/enterprise-server@3.1/admin/connecting", result[0].redirects().target("/ja/enterprise/admin/installation/connecting").orElseThrow());
    }

    @Test
    void versionedOldPathLandsOnThePageInThatVersion() {
        new HelpSourceFixture(root).write("en/content/admin/connecting.md", CONNECT);
        SiteBuilder.Result[] result = new SiteBuilder.Result[1];
        new HelpSourceFixture(root).build(result);
        assertEquals("/ja/enterprise-server@3.0/admin/connecting",
                result[0].redirects().target("/ja/enterprise-server@3.0/admin/installation/connecting").orElseThrow());
        assertTrue(result[0].redirects().target("/en/github-ae@latest/admin/installation/connecting").isEmpty());
    }

    @Test
    void missingTranslationFallsBackToEnglishWithAReportEntry() {
        new HelpSourceFixture(root).write("en/content/admin/connecting.md", CONNECT);
        SiteBuilder.Result[] result = new SiteBuilder.Result[1];
        Map<String, String> site = new HelpSourceFixture(root).build(result);
        assertTrue(site.get("ja/enterprise-server@3.1/admin/connecting/index.html").contains("Connecting GitHub Enterprise Server"));
        TranslationIssue issue = result[0].report().issues().get(0);
        assertEquals(TranslationIssue.Kind.MISSING_PAGE, issue.kind());
        assertTrue(site.get("translation-report.json").contains("\"kind\" : \"MISSING_PAGE\""));
        assertTrue(site.get("translation-report.html").contains("admin/connecting"));
    }

    @Test
    void brokenTranslatedLiquidFallsBackToEnglishWithItsLocation() {
        new HelpSourceFixture(root).write("en/content/admin/connecting.md", CONNECT)
                .write("ja-JP/content/admin/connecting.md", HelpSourceFixture.article("title: 接続\nversions:\n  ghes: '*'\n",
                        "\n本文 {% if currentVersion == \"github-ae@latest\" %}\n"));
        SiteBuilder.Result[] result = new SiteBuilder.Result[1];
        Map<String, String> site = new HelpSourceFixture(root).build(result);
        assertTrue(site.get("ja/enterprise-server@3.1/admin/connecting/index.html").contains("Connecting GitHub Enterprise Server"));
        TranslationIssue issue = result[0].report().issues().get(0);
        assertEquals(TranslationIssue.Kind.BROKEN_PAGE, issue.kind());
        assertTrue(issue.location().toString().endsWith("ja-JP/content/admin/connecting.md:7:4"), issue.location().toString());
        assertTrue(issue.reason().contains("never closed"), issue.reason());
    }

    @Test
    void unknownTranslatedDataReferenceFallsBackToEnglish() {
        new HelpSourceFixture(root).write("en/content/admin/connecting.md", CONNECT)
                .write("ja-JP/content/admin/connecting.md", HelpSourceFixture.article("title: 接続\nversions:\n  ghes: '*'\n",
                        "\n{% data reusables.mangled.by-translation %}\n"));
        SiteBuilder.Result[] result = new SiteBuilder.Result[1];
        new HelpSourceFixture(root).build(result);
        TranslationIssue issue = result[0].report().issues().get(0);
        assertEquals(TranslationIssue.Kind.BROKEN_PAGE, issue.kind());
        assertEquals("unknown data reference 'reusables.mangled.by-translation'", issue.reason());
    }

    @Test
    void yamlSyntaxErrorInEnglishFailsWithItsLocation() {
        new HelpSourceFixture(root).write("en/content/admin/broken.md",
                HelpSourceFixture.article("title: Broken\nversions:\n  ghes: '*\n", "Body\n"));
        List<HelpSourceException> errors = new HelpSourceFixture(root).load().englishErrors();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).getMessage().matches(".*en/content/admin/broken\\.md:\\d+:\\d+: YAML syntax error: .*"), errors.get(0).getMessage());
    }

    @Test
    void unknownVersionInEnglishFrontMatterFailsTheBuild() {
        new HelpSourceFixture(root).write("en/content/admin/cloud.md",
                HelpSourceFixture.article("title: Cloud\nversions:\n  ghec: '*'\n", "Body\n"));
        List<HelpSourceException> errors = new HelpSourceFixture(root).load().englishErrors();
        assertTrue(errors.get(0).getMessage().matches(".*en/content/admin/cloud\\.md:4:3: unknown version 'ghec' in 'versions'.*"),
                errors.get(0).getMessage());
    }

    @Test
    void missingTitleFailsTheBuild() {
        new HelpSourceFixture(root).write("en/content/admin/untitled.md", HelpSourceFixture.article("versions:\n  ghes: '*'\n", "Body\n"));
        List<HelpSourceException> errors = new HelpSourceFixture(root).load().englishErrors();
        assertTrue(errors.get(0).getMessage().endsWith("untitled.md:2:1: 'title' is required"), errors.get(0).getMessage());
    }

    @Test
    void emptySourceTreeBuildsAnEmptySite() {
        new HelpSourceFixture(root);
        SiteBuilder.Result[] result = new SiteBuilder.Result[1];
        Map<String, String> site = new HelpSourceFixture(root).build(result);
        assertEquals(List.of(), result[0].pagePaths());
        assertTrue(site.containsKey("en/404.html"));
        assertTrue(site.containsKey("redirects.tsv"));
    }
}
