package io.enterpriseconnect.help.markdown;

/**
 * Rewrites the inline text of a block so that commonmark-java reads bold and italics where upstream's parser did.
 *
 * <p>Upstream's parser took {@code **} (or {@code __}) as opening bold wherever it stood, closing it at the next
 * {@code **}, with no regard to the letters or punctuation around either; likewise {@code *} and {@code _} for
 * italics (except that {@code _} before a letter or digit does not close). Japanese sentences depend on that, as in
 * {@code **Save（保存）**をクリック}, which CommonMark's flanking rules leave as plain text, and
 * {@code **AWS Service URL: **}, which CommonMark does not close. Each pair upstream recognised becomes
 * {@code <strong>} / {@code <em>} markup, and every marker it left as text is escaped. Code spans, autolinks, HTML
 * tags, bare addresses and link destinations are copied as they are, as upstream's parser consumed them before
 * looking for markers; link text is rewritten within its brackets.
 */
final class UpstreamEmphasis {

    private static final String[] PROTOCOLS = {"http://", "https://", "mailto:"};

    private UpstreamEmphasis() {
    }

    static String rewrite(String text) {
        if (text.indexOf('*') < 0 && text.indexOf('_') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        scan(text, 0, text.length(), out);
        return out.toString();
    }

    private static void scan(String text, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            int special = nextSpecial(text, i, to);
            out.append(text, i, special);
            i = special;
            if (i >= to) {
                break;
            }
            char c = text.charAt(i);
            int end;
            if (c == '\\' && i + 1 < to) {
                out.append(text, i, i + 2);
                i += 2;
            } else if (c == '`') {
                end = codeSpanEnd(text, i, to);
                out.append(text, i, end);
                i = end;
            } else if (c == '<' && (end = tagEnd(text, i, to)) > 0) {
                out.append(text, i, end);
                i = end;
            } else if ((c == 'h' || c == 'm') && (end = addressEnd(text, i, to)) > 0) {
                out.append(text, i, end);
                i = end;
            } else if (c == '[' || c == '!' && i + 1 < to && text.charAt(i + 1) == '[') {
                i = bracketed(text, i, to, out);
            } else if (c == '*' || c == '_') {
                i = emphasis(text, i, to, out);
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** The next character that may start something this rewrite acts on or must skip. */
    private static int nextSpecial(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '\\', '`', '<', '[', '!', '*', '_' -> {
                    return i;
                }
                case 'h' -> {
                    if (text.startsWith("http", i)) {
                        return i;
                    }
                }
                case 'm' -> {
                    if (text.startsWith("mailto:", i)) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return to;
    }

    /** Bold, italics, or an escaped marker; answers where scanning goes on. */
    private static int emphasis(String text, int at, int to, StringBuilder out) {
        char marker = text.charAt(at);
        if (at + 1 < to && text.charAt(at + 1) == marker) {
            int close = strongClose(text, at, to, marker);
            if (close > 0) {
                out.append("<strong>");
                scan(text, at + 2, close, out);
                out.append("</strong>");
                return close + 2;
            }
        }
        int close = emphasisClose(text, at, to, marker);
        if (close > 0) {
            out.append("<em>");
            scan(text, at + 1, close, out);
            out.append("</em>");
            return close + 1;
        }
        out.append('\\').append(marker);
        return at + 1;
    }

    /** The index of the {@code **} closing bold opened at {@code at}: the next pair not followed by a third marker. */
    static int strongClose(String text, int at, int to, char marker) {
        int index = at + 2;
        while (index < to) {
            char character = text.charAt(index);
            if (character == marker && index + 1 < to && text.charAt(index + 1) == marker
                    && (index + 2 >= to || text.charAt(index + 2) != marker)) {
                return JsText.isBlank(text, at + 2, index) ? -1 : index;
            }
            index += character == '\\' ? 2 : 1;
        }
        return -1;
    }

    /**
     * The index of the marker closing italics opened at {@code at}, which must not directly follow another marker;
     * an underscore followed by a letter or digit does not close.
     */
    static int emphasisClose(String text, int at, int to, char marker) {
        int index = at + 1;
        char previous = JsText.END;
        while (index < to) {
            char character = text.charAt(index);
            if (character == marker) {
                char next = index + 1 < to ? text.charAt(index + 1) : JsText.END;
                if (next != marker) {
                    if (JsText.isBlank(text, at + 1, index) || previous == marker) {
                        return -1;
                    }
                    if (marker == '_' && isWordCharacter(next)) {
                        previous = character;
                        index++;
                        continue;
                    }
                    return index;
                }
                previous = marker;
                index += 2;
                continue;
            }
            if (character == '\\') {
                previous = index + 1 < to ? text.charAt(index + 1) : JsText.END;
                index += 2;
            } else {
                previous = character;
                index++;
            }
        }
        return -1;
    }

    private static boolean isWordCharacter(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** Link or image text in brackets, scanned within them, with its destination or reference copied. */
    private static int bracketed(String text, int at, int to, StringBuilder out) {
        int open = text.charAt(at) == '!' ? at + 1 : at;
        int close = closingBracket(text, open, to);
        if (close < 0) {
            out.append(text, at, open).append("\\[");
            return open + 1;
        }
        out.append(text, at, open + 1);
        scan(text, open + 1, close, out);
        out.append(']');
        int after = close + 1;
        if (after < to && (text.charAt(after) == '(' || text.charAt(after) == '[')) {
            int end = closingOf(text, after, to, text.charAt(after), text.charAt(after) == '(' ? ')' : ']');
            if (end > 0) {
                out.append(text, after, end + 1);
                return end + 1;
            }
        }
        return after;
    }

    private static int closingBracket(String text, int open, int to) {
        int depth = 0;
        int i = open;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '`') {
                i = codeSpanEnd(text, i, to);
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static int closingOf(String text, int open, int to, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            } else if (c == '\n' && opening == '(' && i + 1 < to && text.charAt(i + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** The end of a code span starting at {@code at}, or of its backticks alone when no run of the same length closes it. */
    private static int codeSpanEnd(String text, int at, int to) {
        int run = at;
        while (run < to && text.charAt(run) == '`') {
            run++;
        }
        int length = run - at;
        int i = run;
        while (i < to) {
            if (text.charAt(i) == '`') {
                int closeStart = i;
                while (i < to && text.charAt(i) == '`') {
                    i++;
                }
                if (i - closeStart == length) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return run;
    }

    /**
     * The end of an HTML tag, comment or autolink starting at {@code at}: a letter, {@code /} or {@code !} after the
     * {@code <}, up to the next {@code >} with no {@code <} before it.
     */
    private static int tagEnd(String text, int at, int to) {
        char next = at + 1 < to ? text.charAt(at + 1) : JsText.END;
        if (!(next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/' || next == '!')) {
            return -1;
        }
        for (int i = at + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** A bare address as upstream's parser took it: up to whitespace or {@code <}, without closing punctuation. */
    private static int addressEnd(String text, int at, int to) {
        String protocol = null;
        for (String candidate : PROTOCOLS) {
            if (text.regionMatches(true, at, candidate, 0, candidate.length())) {
                protocol = candidate;
                break;
            }
        }
        if (protocol == null) {
            return -1;
        }
        int index = at + protocol.length();
        int parens = 0;
        while (index < to) {
            char c = text.charAt(index);
            if (JsText.isWhitespace(c) || c == '<') {
                break;
            }
            if (".,:;\"')]".indexOf(c) >= 0) {
                char next = index + 1 < to ? text.charAt(index + 1) : JsText.END;
                if (next == JsText.END || JsText.isWhitespace(next)) {
                    break;
                }
            }
            if (c == '(' || c == '[') {
                parens++;
            }
            if ((c == ')' || c == ']') && --parens < 0) {
                break;
            }
            index++;
        }
        return index > at + protocol.length() ? index : -1;
    }
}
