package io.enterpriseconnect.help.search;

/** The fields of a page in the index. */
final class SearchFields {

    /** Each version the page reads so in, {@code enterprise-server@3.1}. */
    static final String VERSION = "version";
    /** Stored: the page's address below its version's root, {@code /admin/overview}. */
    static final String PATH = "path";
    /** Stored: the page's ancestors' titles, outermost first, joined by {@link #CRUMB_SEPARATOR}. */
    static final String BREADCRUMB = "breadcrumb";
    static final String TITLE = "title";
    static final String INTRO = "intro";
    static final String HEADINGS = "headings";
    static final String BODY = "body";
    /** The title and intro of the same page in the other language, analysed as that language: 統合 finds an English page. */
    static final String OTHER_LANGUAGE = "other";
    static final String CRUMB_SEPARATOR = "\u001f";

    private SearchFields() {
    }
}
