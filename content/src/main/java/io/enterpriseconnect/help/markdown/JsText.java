package io.enterpriseconnect.help.markdown;

/**
 * Character tests with JavaScript's meaning, which upstream's parser used: {@code \s} also matches no-break and
 * ideographic spaces, so a line holding only {@code U+3000} counts as blank there.
 */
final class JsText {

    /** What {@code charAt} gives past the end of a string in JavaScript (an empty string), as a character. */
    static final char END = '\0';

    private JsText() {
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u1680'
                || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F'
                || c == '\u3000' || c == '\uFEFF';
    }

    static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDecimal(char c) {
        return c >= '0' && c <= '9';
    }

    static char charAt(String text, int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : END;
    }

    /** The text without its final line feeds. */
    static String trimTrailingLines(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }

    /** The first character after leading whitespace, line feeds included. */
    static char firstNonWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && isWhitespace(text.charAt(i))) {
            i++;
        }
        return charAt(text, i);
    }
}
