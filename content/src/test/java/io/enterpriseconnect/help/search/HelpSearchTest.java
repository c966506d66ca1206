package io.enterpriseconnect.help.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.search.SearchResults.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The indexes the build step wrote into target/classes, searched as the server searches them. */
class HelpSearchTest {

    private static final HelpSearch SEARCH = HelpSearch.fromClasspath();
    private static final String VERSION = "enterprise-server@3.1";
    private static final String UNIFIED = "/admin/configuration/managing-connections-between-github-enterprise-server-and-github-enterprise-cloud/"
            + "enabling-unified-contributions-between-github-enterprise-server-and-githubcom";

    private static SearchResults search(String language, String typed) {
        return SEARCH.search(new SearchScope(language, VERSION), typed, 10);
    }

    private static String first(SearchResults results) {
        assertEquals(Outcome.FOUND, results.outcome(), () -> "outcome of '" + results.text() + "'");
        return results.hits().get(0).path();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void unifiedContributionsFindsTheArticleInEachLanguage(String language) {
        assertEquals("/" + language + "/" + VERSION + UNIFIED, first(search(language, "unified contributions")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void kanjiForUnifiedFindsTheArticleInEachLanguage(String language) {
        assertEquals("/" + language + "/" + VERSION + UNIFIED, first(search(language, "統合")));
    }

    @Test
    void aCompoundIsFoundByItsParts() {
        SearchResults results = search("ja", "コントリビューション数");
        assertEquals(Outcome.FOUND, results.outcome());
        assertTrue(results.hits().stream().anyMatch(hit -> hit.path().endsWith(UNIFIED)));
        assertTrue(results.hits().get(0).snippetHtml().contains("<mark>コントリビューション"), results.hits().get(0).snippetHtml());
    }

    @Test
    void aWordBeingTypedMatchesAsAPrefix() {
        assertEquals("/en/" + VERSION + UNIFIED, first(search("en", "unified contrib")));
    }

    @Test
    void hitsCarryTitleBreadcrumbAndAHighlightedEscapedSnippet() {
        SearchHit hit = search("en", "unified contributions").hits().get(0);
        assertTrue(hit.title().startsWith("Enabling unified contributions"), hit.title());
        assertFalse(hit.breadcrumb().isEmpty());
        assertTrue(hit.snippetHtml().contains("<mark>"), hit.snippetHtml());
        assertFalse(hit.snippetHtml().replace("<mark>", "").replace("</mark>", "").contains("<"), hit.snippetHtml());
    }

    @Test
    void wordsNoPageHasFindNothing() {
        SearchResults results = search("en", "xylophonequartz");
        assertEquals(Outcome.NO_RESULTS, results.outcome());
        assertEquals(List.of(), results.hits());
    }

    @Test
    void aWordOnlyEnglishPagesHaveIsNotFoundInJapanese() {
        assertEquals(Outcome.NO_RESULTS, search("ja", "dormancy").outcome());
        assertEquals(Outcome.FOUND, search("en", "dormancy").outcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "*", "?", "\"\"", "()", "、。・"})
    void inputWithoutSearchableWordsSaysSo(String typed) {
        assertEquals(Outcome.NO_TERMS, search("en", typed).outcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:(", "title:(connect", "connect AND OR NOT", "con*ect~2^3", "\\", "/regex[/", "{!lucene}connect"})
    void luceneSyntaxIsSearchedAsWords(String typed) {
        assertNotEquals(Outcome.UNKNOWN_SCOPE, search("en", typed).outcome());
    }

    @Test
    void controlCharactersAreIgnored() {
        assertEquals("/en/" + VERSION + UNIFIED, first(search("en", "unified\u0000\u0007 contributions\u001b[0m\u202e")));
    }

    @Test
    void overlongInputIsShortenedAndSearched() {
        SearchResults results = search("en", "contributions ".repeat(715));
        assertTrue(results.shortened());
        assertTrue(results.text().length() <= SearchRequest.MAX_LENGTH);
        assertEquals(Outcome.FOUND, results.outcome());
    }

    @Test
    void nullInputIsEmpty() {
        assertEquals(Outcome.NO_TERMS, search("en", null).outcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"enterprise-server@9.9", "../../etc", "enterprise-server@3.1/../..", ""})
    void aVersionWithoutIndexIsUnknown(String version) {
        assertEquals(Outcome.UNKNOWN_SCOPE, SEARCH.search(new SearchScope("en", version), "connect", 10).outcome());
    }

    @Test
    void aLanguageWithoutIndexIsUnknown() {
        assertEquals(Outcome.UNKNOWN_SCOPE, SEARCH.search(new SearchScope("fr", VERSION), "connect", 10).outcome());
    }
}
