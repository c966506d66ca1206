package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rendered help as the instance serves it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpSiteIT {

    private static final String CONNECTING = "/help/en/enterprise-server@3.1/admin/configuration/"
            + "managing-connections-between-github-enterprise-server-and-github-enterprise-cloud/"
            + "connecting-github-enterprise-server-to-github-enterprise-cloud";

    private static final String UNIFIED = "admin/configuration/managing-connections-between-github-enterprise-server-and-github-enterprise-cloud/"
            + "enabling-unified-contributions-between-github-enterprise-server-and-githubcom";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Test
    void anArticleIsServedWithAnEtagAndCacheControl() {
        HttpResponse<String> response = Http.get(INSTANCE + CONNECTING);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Connecting GitHub Enterprise Server to GitHub Enterprise Cloud"));
        assertTrue(response.headers().firstValue("ETag").isPresent());
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    }

    @Test
    void aRequestWithTheCurrentEtagGetsNotModified() throws IOException, InterruptedException {
        String etag = Http.get(INSTANCE + CONNECTING).headers().firstValue("ETag").orElseThrow();
        HttpResponse<Void> again = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(INSTANCE + CONNECTING)).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(304, again.statusCode());
    }

    @Test
    void anOldPathOfAnArticleIsMovedPermanently() {
        HttpResponse<String> response = Http.get(INSTANCE
                + "/help/enterprise/admin/guides/developer-workflow/connecting-github-enterprise-to-github-com");
        assertEquals(301, response.statusCode());
        assertEquals(INSTANCE.replaceFirst("^http://[^/]+", "") + CONNECTING,
                response.headers().firstValue("Location").orElseThrow().replaceFirst("^http://[^/]+", ""));
    }

    @Test
    void anUnknownHelpPageIsARealNotFound() {
        HttpResponse<String> response = Http.get(INSTANCE + "/help/en/enterprise-server@3.1/admin/no-such-page");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    private static HttpResponse<String> suggestions(String language, String typed) {
        return Http.get(INSTANCE + "/help/search?snippets=true&lang=" + language + "&version=enterprise-server@3.1&q="
                + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In the other language, the article is found by its title in that language; its body has no word to highlight. */
    @ParameterizedTest
    @CsvSource({"en, unified contributions, true", "en, 統合, false", "ja, unified contributions, false", "ja, 統合, true"})
    void searchingFindsTheUnifiedContributionsArticleInEachLanguage(String language, String typed, boolean highlighted) {
        HttpResponse<String> response = suggestions(language, typed);
        assertEquals(200, response.statusCode());
        JsonNode first = json(response).get("results").get(0);
        assertTrue(first.get("url").asText().endsWith("/help/" + language + "/enterprise-server@3.1/" + UNIFIED), first.toString());
        assertEquals(highlighted, first.get("snippetHtml").asText().contains("<mark>"), first.toString());
        assertFalse(first.get("snippetHtml").asText().isEmpty());
        assertFalse(first.get("breadcrumb").isEmpty());
    }

    @Test
    void theResultsPageListsTitleBreadcrumbAndHighlightedSnippet() {
        HttpResponse<String> response = Http.get(INSTANCE + "/help/ja/enterprise-server@3.1/search?q="
                + URLEncoder.encode("コントリビューション数", StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("class=\"search-result-title\""), response.body());
        assertTrue(response.body().contains("class=\"search-result-breadcrumb\""));
        assertTrue(response.body().contains("<mark>コントリビューション"));
        assertTrue(response.body().contains("value=\"コントリビューション数\""), "the search box shows what was searched");
    }

    @Test
    void anEmptyResultSaysSoAndOffersTheOtherLanguagesResults() {
        JsonNode answer = json(suggestions("ja", "dormancy"));
        assertEquals("no_results", answer.get("outcome").asText());
        assertTrue(answer.get("message").asText().contains("dormancy"), answer.toString());
        JsonNode english = answer.get("otherLanguage");
        assertEquals("en", english.get("language").asText());
        assertTrue(english.get("results").get(0).get("url").asText().startsWith("/help/en/enterprise-server@3.1/"), english.toString());
        String page = Http.get(INSTANCE + "/help/ja/enterprise-server@3.1/search?q=dormancy").body();
        assertTrue(page.contains("class=\"search-other-language\""), page);
        assertTrue(page.contains("/help/en/enterprise-server@3.1/search?q=dormancy"), page);
    }

    @Test
    void wordsNoPageHasSayNothingMatches() {
        JsonNode nothing = json(suggestions("en", "xylophonequartz"));
        assertEquals("no_results", nothing.get("outcome").asText());
        assertTrue(nothing.get("message").asText().contains("xylophonequartz"));
        assertTrue(nothing.get("otherLanguage") == null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "*", "title:(", "title:(connect", "connect AND (", "\u0000\u0007\u001b[31m", "\ud800", "%"})
    void badInputGetsAnAnswerNeverAServerError(String typed) {
        HttpResponse<String> response = suggestions("en", typed);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json(response);
        assertTrue(answer.get("outcome").asText().matches("found|no_results|no_terms"), answer.toString());
        HttpResponse<String> page = Http.get(INSTANCE + "/help/en/enterprise-server@3.1/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
    }

    @Test
    void tenThousandCharactersAreShortenedAndSaidSo() {
        JsonNode answer = json(suggestions("en", "contributions ".repeat(714) + "abcd"));
        assertTrue(answer.get("shortened").asBoolean());
        assertTrue(answer.get("message").asText().contains("200"), answer.toString());
        assertEquals("found", answer.get("outcome").asText());
    }

    @Test
    void anEmptySearchSaysWhatToDo() {
        HttpResponse<String> page = Http.get(INSTANCE + "/help/ja/enterprise-server@3.1/search?q=");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("検索する語を入力してください"), page.body());
    }

    @Test
    void anUnknownVersionIsNotFound() {
        HttpResponse<String> response = Http.get(INSTANCE + "/help/search?lang=en&version=enterprise-server@9.9&q=connect");
        assertEquals(404, response.statusCode());
        assertFalse(json(response).get("message").asText().isEmpty());
        assertEquals(404, Http.get(INSTANCE + "/help/search?lang=xx&version=..%2F..&q=connect").statusCode());
        assertEquals(404, Http.get(INSTANCE + "/help/en/enterprise-server@9.9/search?q=connect").statusCode());
    }

    @Test
    void theIndexFilesAreNotServed() {
        assertEquals(404, Http.get(INSTANCE + "/help/search/en/enterprise-server@3.1/files.txt").statusCode());
    }

    @Test
    void theTranslationReportIsServedToSiteAdministrators() {
        HttpResponse<String> report = Http.get(INSTANCE + "/help/translation-report.html", Http.ADMIN, Http.ADMIN_PASSWORD);
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("<th scope=\"col\">Line</th><th scope=\"col\">Column</th>"), report.body());
        HttpResponse<String> home = Http.get(INSTANCE + "/help/en/enterprise-server@3.1", Http.ADMIN, Http.ADMIN_PASSWORD);
        assertTrue(home.body().contains("/help/translation-report.html"), "the help home links to it for them");
    }

    @Test
    void theTranslationReportIsNotForAnonymousVisitors() {
        HttpResponse<String> report = Http.get(INSTANCE + "/help/translation-report.html");
        assertNotEquals(200, report.statusCode());
        assertFalse(report.body().contains("Translation report"));
        assertFalse(Http.get(INSTANCE + "/help/en/enterprise-server@3.1").body().contains("/help/translation-report.html"));
    }
}
