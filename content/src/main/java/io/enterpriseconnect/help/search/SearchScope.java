package io.enterpriseconnect.help.search;

import java.util.regex.Pattern;

/** What a search looks through: the pages of one language ({@code en}, {@code ja}) in one version ({@code enterprise-server@3.1}). */
public record SearchScope(String language, String version) {

    /** The file in each index folder naming the index's files, so that an index can be read from a jar. */
    public static final String FILE_LIST = "files.txt";

    private static final Pattern LANGUAGE = Pattern.compile("en|ja");
    private static final Pattern VERSION = Pattern.compile("[a-z][a-z-]*@[a-z0-9.]+");

    /** Whether both parts look like a language and version of the site, so they are safe in a resource path. */
    public static boolean isWellFormed(String language, String version) {
        return language != null && version != null && LANGUAGE.matcher(language).matches() && VERSION.matcher(version).matches();
    }

    /** Where a language's index files live below the site root: {@code search/ja}. */
    public static String folder(String language) {
        return "search/" + language;
    }

    static String otherLanguage(String language) {
        return "en".equals(language) ? "ja" : "en";
    }

    public SearchScope otherLanguage() {
        return new SearchScope(otherLanguage(language), version);
    }
}
