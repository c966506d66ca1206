package io.enterpriseconnect.help.markdown;

import java.util.HashMap;
import java.util.Map;

/**
 * Heading ids as upstream's github-slugger 1.x makes them: ASCII upper case lowered, ASCII punctuation and
 * the general-punctuation blocks removed, each whitespace character turned into a hyphen. Letters of other
 * scripts and full-width punctuation stay, which is why Japanese ids keep their 「」 and （）.
 * A second heading with the same slug gets {@code -1}, {@code -2}, ...
 */
public final class Slugger {

    private static final String REMOVED_ASCII = "\\'!\"#$%&()*+,./:;<=>?@[]^`{|}~";

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The slug of one heading, without regard to headings seen before. */
    public static String slugOf(String text) {
        String trimmed = trimJavaScriptWhitespace(text);
        StringBuilder slug = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); ) {
            int c = trimmed.codePointAt(i);
            i += Character.charCount(c);
            if (isRemoved(c) || isEmoji(c)) {
                continue;
            }
            if (isWhitespace(c)) {
                slug.append('-');
            } else if (c >= 'A' && c <= 'Z') {
                slug.append((char) (c + 32));
            } else {
                slug.appendCodePoint(c);
            }
        }
        return slug.toString();
    }

    private static boolean isRemoved(int c) {
        return c >= 0x2000 && c <= 0x206F || c >= 0x2E00 && c <= 0x2E7F || c < 0x80 && REMOVED_ASCII.indexOf(c) >= 0;
    }

    private static boolean isEmoji(int c) {
        return c >= 0x1F000 && c <= 0x1FAFF || c >= 0x2600 && c <= 0x27BF || c == 0xFE0F;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c >= 0x09 && c <= 0x0D || c == 0xA0 || c == 0x1680 || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }

    /**
     * The slug of the next heading of a page, made unique among the page's headings. A heading with nothing to slug
     * (only emoji or punctuation) gets {@code heading}: an id may not be empty.
     */
    public String slug(String text) {
        String original = slugOf(text);
        if (original.isEmpty()) {
            original = "heading";
        }
        String slug = original;
        while (occurrences.containsKey(slug)) {
            int count = occurrences.merge(original, 1, Integer::sum);
            slug = original + "-" + count;
        }
        occurrences.put(slug, 0);
        return slug;
    }

    private static String trimJavaScriptWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isJavaScriptWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isJavaScriptWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isJavaScriptWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
