package io.enterpriseconnect.help.site;

/**
 * The HTML of a one-line intro or permissions statement that holds no Markdown syntax at all, which is most of
 * them: the same paragraph the Markdown renderer would make, without running it.
 */
final class PlainParagraph {

    private static final String MARKDOWN_SIGNS = "\\`*_[]<>!#&|~\n\r\t";

    private PlainParagraph() {
    }

    /** @return the paragraph, or null when the text needs the Markdown renderer */
    static String html(String text) {
        String line = text.strip();
        if (line.isEmpty() || startsABlock(line) || line.contains("://") || line.contains("www.")) {
            return null;
        }
        for (int i = 0; i < line.length(); i++) {
            if (MARKDOWN_SIGNS.indexOf(line.charAt(i)) >= 0) {
                return null;
            }
        }
        return "<p>" + line.replace("\"", "&quot;") + "</p>";
    }

    private static boolean startsABlock(String line) {
        char first = line.charAt(0);
        return first == '-' || first == '+' || first == '=' || Character.isDigit(first);
    }
}
