package io.enterpriseconnect.help.site;

import java.util.List;

/**
 * A language of the help: the folder its sources live in ({@code ja-JP}, as upstream names it) and the
 * code its URLs use ({@code ja}).
 */
public record HelpLanguage(String sourceFolder, String urlCode, String nativeName) {

    public static final HelpLanguage ENGLISH = new HelpLanguage("en", "en", "English");
    public static final HelpLanguage JAPANESE = new HelpLanguage("ja-JP", "ja", "日本語");
    public static final List<HelpLanguage> ALL = List.of(ENGLISH, JAPANESE);

    public boolean isEnglish() {
        return this.equals(ENGLISH);
    }
}
