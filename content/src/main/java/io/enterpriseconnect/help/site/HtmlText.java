package io.enterpriseconnect.help.site;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Rendered HTML as the text a reader sees: what upstream's "text only" rendering gives for link titles and
 * intros on landing pages, which the templates escape again.
 */
final class HtmlText {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HtmlText() {
    }

    static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(html).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&nbsp;", "\u00A0").replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The first {@code count} words and an ellipsis, as Liquid's {@code truncatewords} in upstream's engine
     * (LiquidJS) gives them: words are split at white space, and a text of exactly {@code count} words gets the
     * ellipsis too.
     */
    static String truncateWords(String text, int count) {
        String[] words = text.strip().split("\\s+");
        String kept = String.join(" ", Arrays.copyOf(words, Math.min(count, words.length)));
        return words.length >= count ? kept + "..." : kept;
    }
}
