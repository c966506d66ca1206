package io.enterpriseconnect.help.markdown;

/**
 * Removes the indentation of a list item's lines the way upstream's parser did: the smallest indentation of its
 * non-blank lines, with tabs to the next multiple of four, but nothing at all as soon as one non-blank line is
 * not indented (a lazy continuation line keeps every line of the item as written).
 */
final class Indentation {

    private Indentation() {
    }

    /** The width of a line's leading spaces and tabs. */
    static int width(String line) {
        int indent = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                indent++;
            } else if (c == '\t') {
                indent = (indent + 4) / 4 * 4;
            } else {
                break;
            }
        }
        return indent;
    }

    /**
     * @param maximum the indentation an imaginary first line has, so that no more than it is ever removed
     */
    static String[] remove(String[] lines, int maximum) {
        int minIndent = maximum;
        if (maximum == 0) {
            return lines;
        }
        for (String line : lines) {
            if (JsText.isBlank(line, 0, line.length())) {
                continue;
            }
            int indent = width(line);
            if (indent == 0) {
                return lines;
            }
            minIndent = Math.min(minIndent, indent);
        }
        String[] removed = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            removed[i] = lines[i].substring(charsWithin(lines[i], minIndent));
        }
        return removed;
    }

    /**
     * How many leading characters make up at most {@code columns} columns of indentation, counted back to the
     * last tab stop or space that ends exactly at a column.
     */
    private static int charsWithin(String line, int columns) {
        int indent = 0;
        int best = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                indent++;
            } else if (c == '\t') {
                indent = (indent + 4) / 4 * 4;
            } else {
                break;
            }
            if (indent <= columns) {
                best = i + 1;
            }
            if (indent >= columns) {
                break;
            }
        }
        return best;
    }
}
