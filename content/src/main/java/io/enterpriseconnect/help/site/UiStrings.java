package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.liquid.DataEntry;
import java.util.HashMap;
import java.util.Map;

/**
 * The chrome's words in one language, from {@code data/ui.yml}: the translation's, else English, else the
 * built-in English default, so that a half-written ui.yml never breaks the build.
 */
final class UiStrings {

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("siteName", "header.github_docs|GitHub Docs"),
            Map.entry("miniToc", "pages.miniToc|In this article"),
            Map.entry("articleVersion", "pages.article_version|Article version:"),
            Map.entry("breadcrumbs", "pages.breadcrumbs|Breadcrumb"),
            Map.entry("toggleLanguages", "header.toggle_languages|Toggle languages list"),
            Map.entry("localizationNotice", "header.notices.localization_in_progress|This page is shown in English."),
            Map.entry("oops", "errors.oops|Oops!"),
            Map.entry("pageDoesntExist", "errors.page_doesnt_exist|It looks like this page doesn't exist."),
            Map.entry("sublandingGuides", "product_sublanding.guides|{{ productMap[currentProduct].name }} guides"),
            Map.entry("goHome", "errors.go_home|Go to the help home page"),
            Map.entry("skipToContent", "header.skip_to_content|Skip to main content"),
            Map.entry("sidebar", "header.sidebar|Help topics"),
            Map.entry("toggleNavigation", "header.toggle_navigation|Toggle navigation"),
            Map.entry("languagePicker", "header.language_picker|Language"),
            Map.entry("versionPicker", "homepage.version_picker|Version"),
            Map.entry("searchLabel", "search.label|Search the help"),
            Map.entry("searchPlaceholder", "search.placeholder|Search the help"),
            Map.entry("searchButton", "search.button|Search"),
            Map.entry("searchResults", "search.results|Search results"));

    private UiStrings() {
    }

    static Map<String, String> of(HelpLanguage language, HelpSources sources) {
        Map<String, String> strings = new HashMap<>();
        DEFAULTS.forEach((name, spec) -> {
            String key = spec.substring(0, spec.indexOf('|'));
            String fallback = spec.substring(spec.indexOf('|') + 1);
            strings.put(name, lookup(language, key, sources).orElseGet(
                    () -> lookup(HelpLanguage.ENGLISH, key, sources).orElse(fallback)));
        });
        return strings;
    }

    /** A ui.yml text by its dotted key ({@code product_landing.overview}): the language's, else English, else empty. */
    static String text(HelpLanguage language, String key, HelpSources sources) {
        return lookup(language, key, sources).orElseGet(() -> lookup(HelpLanguage.ENGLISH, key, sources).orElse(""));
    }

    static String languageName(HelpLanguage language, HelpSources sources) {
        return lookup(HelpLanguage.ENGLISH, "languages." + language.urlCode(), sources).orElse(language.nativeName());
    }

    private static java.util.Optional<String> lookup(HelpLanguage language, String key, HelpSources sources) {
        try {
            return sources.data(language).find("ui." + key).map(DataEntry::text).map(String::strip);
        } catch (io.enterpriseconnect.help.HelpSourceException brokenUiFile) {
            return java.util.Optional.empty();
        }
    }
}
