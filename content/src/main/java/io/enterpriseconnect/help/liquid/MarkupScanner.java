package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Splits the inside of a tag or output into words, strings, numbers and operators. */
final class MarkupScanner {

    enum Kind { STRING, NUMBER, WORD, OPERATOR, OPEN_BRACKET, CLOSE_BRACKET, DOT, PIPE, COLON, COMMA, EQUALS }

    record Token(Kind kind, String text) {
        boolean is(Kind expected, String value) {
            return kind == expected && text.equals(value);
        }
    }

    private MarkupScanner() {
    }

    static List<Token> scan(String markup, SourceLocation location) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = markup.length();
        while (i < length) {
            char c = markup.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int end = markup.indexOf(c, i + 1);
                if (end < 0) {
                    throw new HelpSourceException(location, "unterminated string in '" + markup.trim() + "'");
                }
                tokens.add(new Token(Kind.STRING, markup.substring(i + 1, end)));
                i = end + 1;
            } else if (Character.isDigit(c) || c == '-' && i + 1 < length && Character.isDigit(markup.charAt(i + 1))) {
                int end = i + 1;
                while (end < length && (Character.isDigit(markup.charAt(end)) || markup.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, markup.substring(i, end)));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < length && isWordPart(markup.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, markup.substring(i, end)));
                i = end;
            } else if (markup.startsWith("==", i) || markup.startsWith("!=", i) || markup.startsWith("<>", i)
                    || markup.startsWith("<=", i) || markup.startsWith(">=", i)) {
                tokens.add(new Token(Kind.OPERATOR, markup.substring(i, i + 2)));
                i += 2;
            } else if (c == '<' || c == '>') {
                tokens.add(new Token(Kind.OPERATOR, String.valueOf(c)));
                i++;
            } else {
                Kind kind = switch (c) {
                    case '[' -> Kind.OPEN_BRACKET;
                    case ']' -> Kind.CLOSE_BRACKET;
                    case '.' -> Kind.DOT;
                    case '|' -> Kind.PIPE;
                    case ':' -> Kind.COLON;
                    case ',' -> Kind.COMMA;
                    case '=' -> Kind.EQUALS;
                    default -> throw new HelpSourceException(location, "unexpected '" + c + "' in '" + markup.trim() + "'");
                };
                tokens.add(new Token(kind, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '?';
    }
}
