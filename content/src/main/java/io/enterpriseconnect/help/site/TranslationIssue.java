package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.SourceLocation;

/**
 * One place where a translated page is shown in English, or uses English data, and why.
 *
 * @param page     the page's path, such as {@code admin/overview/system-overview}
 * @param versions the versions affected, such as {@code enterprise-server@3.1}, or {@code all}
 */
public record TranslationIssue(String language, Kind kind, String page, String versions, SourceLocation location, String reason) {

    public enum Kind {
        /** No translated file: the English page is shown. */
        MISSING_PAGE,
        /** The translated file does not parse or render: the English page is shown. */
        BROKEN_PAGE,
        /** The translation lacks a data entry the page uses: the English entry is used. */
        MISSING_DATA,
        /** A translated data file does not parse: English data is used in its place. */
        BROKEN_DATA,
        /** Translated headings without a confident English original: they keep their own ids, not the English ones. */
        UNPAIRED_HEADINGS
    }
}
