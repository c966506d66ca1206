package io.enterpriseconnect.help.markdown;

import java.util.regex.Pattern;

/**
 * Raw HTML blocks as upstream's parser found them: the seven CommonMark kinds of start line, but with any
 * indentation, and the last two kinds ending only at an empty line (a line of spaces continues them).
 */
final class HtmlBlocks {

    private static final String BLOCK_NAMES = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
            + "details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|"
            + "hgroup|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|pre|section|"
            + "source|title|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
    private static final String ATTRIBUTE = "(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^\"'=<>`\\u0000-\\u0020]+|'[^']*'|\"[^\"]*\"))?)";
    private static final String OPEN_OR_CLOSE_TAG = "(?:<[A-Za-z][A-Za-z0-9\\-]*" + ATTRIBUTE + "*\\s*/?>|</[A-Za-z][A-Za-z0-9\\-]*\\s*>)";

    /** Start and end of each kind, and whether the kind may interrupt a paragraph. */
    private record Kind(Pattern start, Pattern end, boolean interrupts) {
    }

    private static final Kind[] KINDS = {
            new Kind(Pattern.compile("^<(script|pre|style)(?=(\\s|>|$))", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("</(script|pre|style)>", Pattern.CASE_INSENSITIVE), true),
            new Kind(Pattern.compile("^<!--"), Pattern.compile("-->"), true),
            new Kind(Pattern.compile("^<\\?"), Pattern.compile("\\?>"), true),
            new Kind(Pattern.compile("^<![A-Za-z]"), Pattern.compile(">"), true),
            new Kind(Pattern.compile("^<!\\[CDATA\\["), Pattern.compile("]]>"), true),
            new Kind(Pattern.compile("^</?(" + BLOCK_NAMES + ")(?=(\\s|/?>|$))", Pattern.CASE_INSENSITIVE), null, true),
            new Kind(Pattern.compile("^" + OPEN_OR_CLOSE_TAG + "\\s*$"), null, false),
    };

    private HtmlBlocks() {
    }

    /**
     * @param interrupting whether the block would end a paragraph here, which the last kind never does
     * @return the end of the block starting at {@code at}, or -1
     */
    static int end(String text, int at, boolean interrupting) {
        int index = at;
        while (index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) {
            index++;
        }
        if (JsText.charAt(text, index) != '<') {
            return -1;
        }
        int next = text.indexOf('\n', index + 1);
        next = next == -1 ? text.length() : next;
        String line = text.substring(index, next);
        Kind kind = null;
        for (Kind candidate : KINDS) {
            if (candidate.start().matcher(line).find()) {
                kind = candidate;
                break;
            }
        }
        if (kind == null || interrupting && !kind.interrupts()) {
            return -1;
        }
        if (interrupting) {
            return next;
        }
        index = next;
        if (!endsKind(kind, line)) {
            while (index < text.length()) {
                next = text.indexOf('\n', index + 1);
                next = next == -1 ? text.length() : next;
                String following = text.substring(index + 1, next);
                if (endsKind(kind, following)) {
                    if (!following.isEmpty()) {
                        index = next;
                    }
                    break;
                }
                index = next;
            }
        }
        return index;
    }

    private static boolean endsKind(Kind kind, String line) {
        return kind.end() == null ? line.isEmpty() : kind.end().matcher(line).find();
    }
}
