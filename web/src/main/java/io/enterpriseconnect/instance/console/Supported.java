package io.enterpriseconnect.instance.console;

import java.util.List;
import java.util.Locale;

/** The languages the console and the help are written in. */
final class Supported {

    static final Locale DEFAULT = Locale.ENGLISH;
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.JAPANESE);

    private Supported() {
    }

    static boolean contains(Locale locale) {
        return LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
    }

    /** The supported language for a locale (ja-JP → ja), or English. */
    static Locale match(Locale locale) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(DEFAULT);
    }
}
