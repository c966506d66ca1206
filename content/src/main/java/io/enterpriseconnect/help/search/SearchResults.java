package io.enterpriseconnect.help.search;

import java.util.List;

/**
 * The answer to a search: the best pages first, how many matched, and what the visitor should be told.
 *
 * @param text      the text searched, after control characters were removed and overlong input cut
 * @param shortened whether the input was longer than {@link SearchRequest#MAX_LENGTH} and only its start was searched
 * @param total     the number of pages that match, of which {@code hits} holds the best
 */
public record SearchResults(SearchScope scope, String text, boolean shortened, Outcome outcome, long total, List<SearchHit> hits) {

    public enum Outcome {
        /** Pages were found. */
        FOUND,
        /** The words were searched and no page has them. */
        NO_RESULTS,
        /** Nothing searchable was typed: empty, blanks, punctuation or only stop words. */
        NO_TERMS,
        /** This language and version has no index (no such version, or an unknown language). */
        UNKNOWN_SCOPE
    }
}
