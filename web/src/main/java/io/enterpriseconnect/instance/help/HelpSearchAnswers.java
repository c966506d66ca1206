package io.enterpriseconnect.instance.help;

import io.enterpriseconnect.help.search.HelpSearch;
import io.enterpriseconnect.help.search.SearchHit;
import io.enterpriseconnect.help.search.SearchRequest;
import io.enterpriseconnect.help.search.SearchResults;
import io.enterpriseconnect.help.search.SearchResults.Outcome;
import io.enterpriseconnect.help.search.SearchScope;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What the help search answers, as JSON for the suggestions under the search boxes and as the HTML of the results
 * page. When a language has no page for the words and the other language has some, the answer says so and
 * lists the other language's best pages.
 */
final class HelpSearchAnswers {

    static final int PAGE_RESULTS = 20;
    static final int MAX_SUGGESTIONS = 20;
    private static final int OTHER_LANGUAGE_RESULTS = 5;

    /** The results in the language asked for, and the other language's when the first found nothing. */
    record Answer(SearchResults results, Optional<SearchResults> otherLanguage) {
        boolean unknownScope() {
            return results.outcome() == Outcome.UNKNOWN_SCOPE;
        }
    }

    private final HelpSearch search;

    HelpSearchAnswers(HelpSearch search) {
        this.search = search;
    }

    /** @param snippets whether each page found comes with a highlighted passage (the results page) */
    Answer answer(SearchScope scope, String typed, int limit, boolean snippets) {
        SearchResults results = search.search(scope, typed, limit, snippets);
        Optional<SearchResults> other = Optional.empty();
        if (results.outcome() == Outcome.NO_RESULTS) {
            other = Optional.of(search.search(scope.otherLanguage(), typed, OTHER_LANGUAGE_RESULTS, snippets))
                    .filter(found -> found.outcome() == Outcome.FOUND);
        }
        return new Answer(results, other);
    }

    /** {@code {"language", "version", "query", "outcome", "message"?, "total", "results": [...], "otherLanguage"?}} */
    String json(Answer answer, String root) {
        SearchResults results = answer.results();
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject()
                    .write("language", results.scope().language())
                    .write("version", results.scope().version())
                    .write("query", results.text())
                    .write("outcome", results.outcome().name().toLowerCase(Locale.ROOT))
                    .write("shortened", results.shortened());
            message(answer).ifPresent(message -> json.write("message", message));
            json.write("total", results.total());
            hits(json.writeStartArray("results"), results, root).writeEnd();
            answer.otherLanguage().ifPresent(other -> {
                json.writeStartObject("otherLanguage")
                        .write("language", other.scope().language())
                        .write("total", other.total())
                        .write("url", resultsPageUrl(root, other.scope(), other.text()))
                        .write("message", text(results.scope(), "search.otherLanguage", other.total()));
                hits(json.writeStartArray("results"), other, root).writeEnd().writeEnd();
            });
            json.writeEnd();
        }
        return out.toString();
    }

    private static JsonGenerator hits(JsonGenerator json, SearchResults results, String root) {
        for (SearchHit hit : results.hits()) {
            json.writeStartObject()
                    .write("title", hit.title())
                    .write("url", root + hit.path());
            json.writeStartArray("breadcrumb");
            hit.breadcrumb().forEach(json::write);
            json.writeEnd()
                    .write("snippetHtml", hit.snippetHtml())
                    .writeEnd();
        }
        return json;
    }

    /** The results region of the results page: a summary, the pages found, or what to do instead. */
    String html(Answer answer, String root) {
        SearchResults results = answer.results();
        StringBuilder html = new StringBuilder();
        if (results.outcome() == Outcome.FOUND || results.outcome() == Outcome.NO_RESULTS) {
            html.append("<h1 id=\"search-results-heading\">")
                    .append(escape(text(results.scope(), "search.resultsFor", results.text()))).append("</h1>\n");
        }
        message(answer).ifPresent(message -> html.append("<p class=\"search-message\" role=\"status\">").append(escape(message)).append("</p>\n"));
        if (results.outcome() == Outcome.FOUND) {
            html.append("<p class=\"search-count\">").append(escape(text(results.scope(), "search.count", results.total()))).append("</p>\n");
            list(html, results, root);
        }
        answer.otherLanguage().ifPresent(other -> {
            html.append("<p class=\"search-other-language\">")
                    .append(escape(text(results.scope(), "search.otherLanguage", other.total()))).append(' ')
                    .append("<a href=\"").append(escape(resultsPageUrl(root, other.scope(), other.text()))).append("\" lang=\"")
                    .append(other.scope().language()).append("\">").append(escape(other.text())).append("</a></p>\n");
            list(html, other, root);
        });
        return html.toString();
    }

    private static void list(StringBuilder html, SearchResults results, String root) {
        html.append("<ol class=\"search-results\" lang=\"").append(results.scope().language()).append("\">\n");
        for (SearchHit hit : results.hits()) {
            html.append("<li class=\"search-result\">");
            if (!hit.breadcrumb().isEmpty()) {
                html.append("<div class=\"search-result-breadcrumb\">").append(escape(String.join(" / ", hit.breadcrumb()))).append("</div>");
            }
            html.append("<a class=\"search-result-title\" href=\"").append(escape(root + hit.path())).append("\">")
                    .append(escape(hit.title())).append("</a>")
                    .append("<p class=\"search-result-snippet\">").append(hit.snippetHtml()).append("</p></li>\n");
        }
        html.append("</ol>\n");
    }

    private static Optional<String> message(Answer answer) {
        SearchResults results = answer.results();
        StringBuilder message = new StringBuilder();
        switch (results.outcome()) {
            case NO_RESULTS -> message.append(text(results.scope(), "search.noResults", results.text()));
            case NO_TERMS -> message.append(text(results.scope(), "search.noTerms"));
            case UNKNOWN_SCOPE -> message.append(text(results.scope(), "search.unknownScope"));
            case FOUND -> { }
        }
        if (results.shortened()) {
            message.append(message.length() > 0 ? " " : "").append(text(results.scope(), "search.shortened", SearchRequest.MAX_LENGTH));
        }
        return message.length() == 0 ? Optional.empty() : Optional.of(message.toString());
    }

    static String resultsPageUrl(String root, SearchScope scope, String typed) {
        return root + "/" + scope.language() + "/" + scope.version() + "/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
    }

    private static String text(SearchScope scope, String key, Object... arguments) {
        Locale locale = "ja".equals(scope.language()) ? Locale.JAPANESE : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle("io.enterpriseconnect.instance.help.search", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
