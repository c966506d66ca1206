package io.enterpriseconnect.help.markdown;

import static io.enterpriseconnect.help.markdown.JsText.END;
import static io.enterpriseconnect.help.markdown.JsText.charAt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line blocks, recognised by the rules of upstream's pre-CommonMark parser (remark-parse 7): blank lines,
 * ATX and setext headings, thematic breaks and link definitions. Each method looks at the text from {@code at} and
 * answers where the block ends, or -1 (null) when no such block starts there.
 */
final class LeafBlocks {

    private static final Pattern DEFINITION = Pattern.compile(
            "[ \\t]*\\[((?:[^\\\\\\]]|\\\\.)+)]:[ \\t\\n]*(<[^>\\n]*>|[^\\s\\[\\]]+)"
                    + "(?:[ \\t\\n]+(\"[^\"\\n]*\"|'[^'\\n]*'|\\([^)\\n]*\\)))?[ \\t]*(?=\\n|$)");

    private LeafBlocks() {
    }

    /** The first character after spaces and tabs: a cheap test before the full reading of a block. */
    static char firstAfterSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return charAt(text, i);
    }

    /** A heading's level and the text of its content. */
    record HeadingLine(int end, int level, String content) {
    }

    /** A link definition's parts, as written. */
    record Definition(int end, String label, String destination, String title) {
    }

    /** Blank lines: a line feed and the whitespace after it, up to its last line feed. */
    static int blankLines(String text, int at) {
        if (charAt(text, at) != '\n') {
            return -1;
        }
        int end = at + 1;
        for (int i = at + 1; i < text.length() && JsText.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '\n') {
                end = i + 1;
            }
        }
        return end;
    }

    /** {@code ## Text}, with optional closing hashes; null when none starts at {@code at}. */
    static HeadingLine atxHeading(String text, int at) {
        if (firstAfterSpaces(text, at) != '#') {
            return null;
        }
        int length = text.length() - at + 1;
        int index = -1;
        char character = END;
        while (++index < length) {
            character = charAt(text, at + index);
            if (character != ' ' && character != '\t') {
                index--;
                break;
            }
        }
        int depth = 0;
        while (++index <= length) {
            character = charAt(text, at + index);
            if (character != '#') {
                index--;
                break;
            }
            depth++;
        }
        if (depth > 6 || depth == 0 || charAt(text, at + index + 1) == '#') {
            return null;
        }
        int spacing = 0;
        while (++index < length) {
            character = charAt(text, at + index);
            if (character != ' ' && character != '\t') {
                index--;
                break;
            }
            spacing++;
        }
        if (spacing == 0 && character != END && character != '\n') {
            return null;
        }
        StringBuilder content = new StringBuilder();
        StringBuilder queue = new StringBuilder();
        while (++index < length) {
            character = charAt(text, at + index);
            if (character == END || character == '\n') {
                break;
            }
            if (character != ' ' && character != '\t' && character != '#') {
                content.append(queue).append(character);
                queue.setLength(0);
                continue;
            }
            while (character == ' ' || character == '\t') {
                queue.append(character);
                character = charAt(text, at + ++index);
            }
            boolean afterSpace = !queue.isEmpty() && (queue.charAt(queue.length() - 1) == ' ' || queue.charAt(queue.length() - 1) == '\t');
            if (character == '#' && !afterSpace && !content.isEmpty()) {
                while (character == '#') {
                    content.append(character);
                    character = charAt(text, at + ++index);
                }
            } else {
                while (character == '#') {
                    queue.append(character);
                    character = charAt(text, at + ++index);
                }
            }
            while (character == ' ' || character == '\t') {
                queue.append(character);
                character = charAt(text, at + ++index);
            }
            index--;
        }
        return new HeadingLine(Math.min(at + index, text.length()), depth, content.toString());
    }

    /** A line of text underlined with {@code =} or {@code -} only; null when none starts at {@code at}. */
    static HeadingLine setextHeading(String text, int at) {
        int lineEnd = text.indexOf('\n', at);
        char underline = lineEnd < 0 ? END : charAt(text, lineEnd + 1);
        if (underline != '=' && underline != '-') {
            return null;
        }
        int length = text.length() - at;
        int index = -1;
        char character;
        while (++index < length) {
            character = charAt(text, at + index);
            if (character != ' ' || index >= 3) {
                index--;
                break;
            }
        }
        StringBuilder content = new StringBuilder();
        StringBuilder queue = new StringBuilder();
        while (++index < length) {
            character = charAt(text, at + index);
            if (character == '\n') {
                index--;
                break;
            }
            if (character == ' ' || character == '\t') {
                queue.append(character);
            } else {
                content.append(queue).append(character);
                queue.setLength(0);
            }
        }
        character = charAt(text, at + ++index);
        char marker = charAt(text, at + ++index);
        if (character != '\n' || marker != '=' && marker != '-') {
            return null;
        }
        while (++index < length) {
            character = charAt(text, at + index);
            if (character != marker) {
                if (character != '\n') {
                    return null;
                }
                index--;
                break;
            }
        }
        return new HeadingLine(Math.min(at + index + 1, text.length()), marker == '=' ? 1 : 2, content.toString());
    }

    /** Three or more {@code *}, {@code -} or {@code _}, spaces between them allowed. */
    static int thematicBreak(String text, int at) {
        int length = text.length() - at + 1;
        int index = -1;
        char character = END;
        while (++index < length) {
            character = charAt(text, at + index);
            if (character != '\t' && character != ' ') {
                break;
            }
        }
        if (character != '*' && character != '-' && character != '_') {
            return -1;
        }
        char marker = character;
        int markerCount = 1;
        int end = at + index + 1;
        while (++index < length) {
            character = charAt(text, at + index);
            if (character == marker) {
                markerCount++;
                end = at + index + 1;
            } else if (character == ' ') {
                continue;
            } else if (markerCount >= 3 && (character == END || character == '\n')) {
                return at + index;
            } else {
                return -1;
            }
        }
        return end;
    }

    /** {@code [label]: destination "title"} on a line of its own. */
    static Definition definition(String text, int at) {
        if (firstAfterSpaces(text, at) != '[') {
            return null;
        }
        Matcher matcher = DEFINITION.matcher(text);
        matcher.region(at, text.length());
        if (!matcher.lookingAt()) {
            return null;
        }
        String destination = matcher.group(2);
        if (destination.startsWith("<")) {
            destination = destination.substring(1, destination.length() - 1);
        }
        String title = matcher.group(3);
        return new Definition(matcher.end(), matcher.group(1), destination, title);
    }
}
