package io.enterpriseconnect.help.markdown;

/**
 * What upstream did to a page's Markdown between Liquid and the Markdown parser, which the sources rely on:
 * <ul>
 *   <li>HTML comments are removed together with the line break before them;</li>
 *   <li>a {@code ```shell} block becomes raw {@code <pre><code>} HTML, so that {@code <em>} and entities inside it
 *       render (writers mark placeholders that way), and so that it stays inside the list item it follows;</li>
 *   <li>blank lines between the linked items of a table-of-contents list are dropped;</li>
 *   <li>each run of three line breaks becomes two, once, left to right: Liquid leaves blank lines where its tags
 *       stood, and this keeps them from ending lists.</li>
 * </ul>
 * Upstream wrote these as regular expressions; they are scans here, as they run on every page. One step is this
 * renderer's own: a list item whose text stops at a Japanese comma and goes on after a blank line is joined up
 * again (corpus quirk 2: a translation split {@code 1. まず、} from the rest of its sentence, which broke the list).
 */
final class MarkdownPreparation {

    private static final String SHELL_CODE_START = "<pre><code class=\"hljs language-shell\">";
    private static final String SHELL_CODE_END = "</code></pre>";

    private MarkdownPreparation() {
    }

    static String prepare(String markdown) {
        String text = markdown;
        if (text.contains("<!--")) {
            text = withoutComments(text);
        }
        if (text.contains("shell")) {
            text = shellBlocksAsHtml(text);
        }
        if (text.contains("</a>")) {
            text = withoutBlankLinesBetweenLinkItems(text);
        }
        if (text.contains("\n\n\n")) {
            text = withoutThirdLineBreaks(text);
        }
        if (text.contains("、\n\n")) {
            text = withSplitItemsJoined(text);
        }
        return text;
    }

    private static String withSplitItemsJoined(String text) {
        StringBuilder out = null;
        int position = 0;
        int split;
        int search = 0;
        while ((split = text.indexOf("、\n\n", search)) >= 0) {
            int lineStart = text.lastIndexOf('\n', split) + 1;
            int next = split + "、\n\n".length();
            search = next;
            if (!ListReader.starts(text, lineStart) || next >= text.length() || !Character.isLetterOrDigit(text.charAt(next))
                    || ListReader.starts(text, next)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, position, split + 1);
            position = next;
        }
        return out == null ? text : out.append(text, position, text.length()).toString();
    }

    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        int open;
        while ((open = text.indexOf("<!--", position)) >= 0) {
            int close = text.indexOf("-->", open + 4);
            if (close < 0) {
                break;
            }
            int end = open > position && text.charAt(open - 1) == '\n' ? open - 1 : open;
            out.append(text, position, end);
            position = close + 3;
        }
        return out.append(text, position, text.length()).toString();
    }

    /**
     * {@code ```shell} (or {@code ``` shell}) and a line break, then the code from its first non-blank character up to
     * the last line break before the next line holding {@code ```}.
     */
    private static String shellBlocksAsHtml(String text) {
        StringBuilder out = null;
        int position = 0;
        int search = 0;
        while (true) {
            int fence = text.indexOf("```", search);
            if (fence < 0) {
                break;
            }
            int afterFence = fence + 3;
            if (afterFence < text.length() && text.charAt(afterFence) == ' ') {
                afterFence++;
            }
            int lineBreak = afterFence + "shell".length();
            if (!text.startsWith("shell", afterFence) || lineBreak >= text.length() || text.charAt(lineBreak) != '\n') {
                search = fence + 1;
                continue;
            }
            int codeStart = lineBreak + 1;
            while (codeStart < text.length() && JsText.isWhitespace(text.charAt(codeStart))) {
                codeStart++;
            }
            int closing = closingLine(text, codeStart + 1);
            if (codeStart >= text.length() || closing < 0) {
                search = fence + 1;
                continue;
            }
            int closingFence = text.indexOf("```", closing + 1);
            if (out == null) {
                out = new StringBuilder(text.length() + 64);
            }
            out.append(text, position, fence).append(SHELL_CODE_START);
            appendWithAddressesAsText(text, codeStart, closing, out);
            out.append(SHELL_CODE_END);
            position = closingFence + 3;
            search = position;
        }
        return out == null ? text : out.append(text, position, text.length()).toString();
    }

    /**
     * The code, with each e-mail address in angle brackets (as {@code <enterprise@github.com>} in gpg's output)
     * escaped: upstream pasted it into the HTML as it stood, where it became an element named after the address and
     * vanished from the page.
     */
    private static void appendWithAddressesAsText(String text, int from, int to, StringBuilder out) {
        int position = from;
        int open = text.indexOf('<', from);
        while (open >= 0 && open < to) {
            int close = text.indexOf('>', open);
            if (close < 0 || close >= to) {
                break;
            }
            String inside = text.substring(open + 1, close);
            if (inside.indexOf('@') > 0 && inside.chars().noneMatch(c -> c == '<' || c == '/' || JsText.isWhitespace((char) c))) {
                out.append(text, position, open).append("&lt;").append(inside).append("&gt;");
                position = close + 1;
            }
            open = text.indexOf('<', open + 1);
        }
        out.append(text, position, to);
    }

    /** The line break that ends the code: the first one whose next line (before any further break) holds a fence. */
    private static int closingLine(String text, int from) {
        int lineBreak = text.indexOf('\n', from);
        while (lineBreak >= 0) {
            int nextBreak = text.indexOf('\n', lineBreak + 1);
            int lineEnd = nextBreak < 0 ? text.length() : nextBreak;
            int fence = text.indexOf("```", lineBreak + 1);
            if (fence >= 0 && fence + 3 <= lineEnd) {
                return lineBreak > from - 1 && text.charAt(lineBreak - 1) == '\r' ? lineBreak - 1 : lineBreak;
            }
            lineBreak = nextBreak;
        }
        return -1;
    }

    /** {@code </a>}, a line break, blank lines, then an item {@code - <a}: the blank lines go. */
    private static String withoutBlankLinesBetweenLinkItems(String text) {
        StringBuilder out = null;
        int position = 0;
        int search = 0;
        int anchorEnd;
        while ((anchorEnd = text.indexOf("</a>\n", search)) >= 0) {
            int blankStart = anchorEnd + "</a>\n".length();
            int next = blankStart;
            while (next < text.length() && JsText.isWhitespace(text.charAt(next))) {
                next++;
            }
            int itemLine = text.lastIndexOf('\n', next - 1) + 1;
            search = blankStart;
            if (itemLine <= blankStart || next + 3 >= text.length() || "-*".indexOf(text.charAt(next)) < 0
                    || text.charAt(next + 1) != ' ' || !text.startsWith("<a", next + 2)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, position, blankStart);
            position = itemLine;
            search = itemLine;
        }
        return out == null ? text : out.append(text, position, text.length()).toString();
    }

    private static String withoutThirdLineBreaks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        int run;
        while ((run = text.indexOf("\n\n\n", position)) >= 0) {
            out.append(text, position, run + 2);
            position = run + 3;
        }
        return out.append(text, position, text.length()).toString();
    }
}
