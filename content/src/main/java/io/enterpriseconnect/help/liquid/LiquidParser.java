package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.html.HtmlPolicy;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the subset of Liquid that GitHub-docs sources use into a {@link Template}. Every error names the
 * file, line and column of the tag at fault.
 */
public final class LiquidParser {

    private static final Pattern DATA_PATH = Pattern.compile("[A-Za-z0-9_./\\-\\[\\]]+");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern INDENTED_REFERENCE = Pattern.compile("(\\S+)(?:\\s+spaces\\s*=\\s*(\\d+))?\\s*");
    private static final Pattern LOOP = Pattern.compile("([A-Za-z_][\\w-]*)\\s+in\\s+(.+)");
    private static final Map<String, String> CALLOUT_CLASSES = Map.of(
            "note", "border rounded-1 mb-4 p-3 color-border-info color-bg-info f5",
            "tip", "border rounded-1 mb-4 p-3 color-border-info color-bg-info f5",
            "warning", "border rounded-1 mb-4 p-3 color-border-danger color-bg-danger f5",
            "danger", "border rounded-1 mb-4 p-3 color-border-danger color-bg-danger f5",
            "mac", "", "windows", "", "linux", "", "all", "");

    private final VersionCatalog catalog;

    public LiquidParser(VersionCatalog catalog) {
        this.catalog = catalog;
    }

    public Template parse(String source, String file) {
        return parse(source, file, 1, 1);
    }

    /**
     * @param firstLine   the line of {@code file} on which {@code source} starts (after front matter, say)
     * @param firstColumn the column of that line on which it starts
     */
    public Template parse(String source, String file, int firstLine, int firstColumn) {
        HtmlPolicy.checkSource(source, file, firstLine, firstColumn);
        List<Token> tokens = new Lexer(source, file, firstLine, firstColumn).tokens();
        Parse parse = new Parse(tokens);
        List<Node> nodes = parse.until(Set.of(), null);
        return new Template(file, nodes);
    }

    enum TokenKind { TEXT, OUTPUT, TAG }

    record Token(TokenKind kind, String name, String markup, SourceLocation location) {
    }

    /** Splits a source into text, outputs and tags, applying {@code -} whitespace control and {@code raw}. */
    private static final class Lexer {
        private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
        private static final Pattern END_COMMENT = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%}");

        private final String source;
        private final String file;
        private final int firstLine;
        private final int firstColumn;
        private final int[] lineStarts;

        Lexer(String source, String file, int firstLine, int firstColumn) {
            this.source = source;
            this.file = file;
            this.firstLine = firstLine;
            this.firstColumn = firstColumn;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < source.length(); i++) {
                if (source.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        SourceLocation at(int offset) {
            int low = 0;
            int high = lineStarts.length - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (lineStarts[middle] <= offset) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            int column = offset - lineStarts[low] + 1 + (low == 0 ? firstColumn - 1 : 0);
            return new SourceLocation(file, firstLine + low, column);
        }

        List<Token> tokens() {
            List<Token> tokens = new ArrayList<>();
            List<boolean[]> trims = new ArrayList<>();
            int position = 0;
            int length = source.length();
            while (position < length) {
                int open = nextOpening(position);
                if (open < 0) {
                    addText(tokens, trims, position, length);
                    break;
                }
                addText(tokens, trims, position, open);
                boolean isTag = source.charAt(open + 1) == '%';
                String closer = isTag ? "%}" : "}}";
                int close = source.indexOf(closer, open + 2);
                if (close < 0) {
                    throw new HelpSourceException(at(open), (isTag ? "tag" : "output") + " is not closed with '" + closer + "'");
                }
                String inner = source.substring(open + 2, close);
                boolean trimBefore = inner.startsWith("-");
                boolean trimAfter = inner.endsWith("-");
                inner = inner.substring(trimBefore ? 1 : 0, inner.length() - (trimAfter && inner.length() > (trimBefore ? 1 : 0) ? 1 : 0)).trim();
                position = close + 2;
                if (!isTag) {
                    tokens.add(new Token(TokenKind.OUTPUT, null, inner, at(open)));
                    trims.add(new boolean[] {trimBefore, trimAfter});
                    continue;
                }
                int space = firstWhitespace(inner);
                String name = space < 0 ? inner : inner.substring(0, space);
                String markup = space < 0 ? "" : inner.substring(space).trim();
                if (name.equals("raw") || name.equals("comment")) {
                    Matcher end = (name.equals("raw") ? END_RAW : END_COMMENT).matcher(source);
                    if (!end.find(position)) {
                        throw new HelpSourceException(at(open), "'{% " + name + " %}' is never closed with {% end" + name + " %}");
                    }
                    if (name.equals("raw")) {
                        tokens.add(new Token(TokenKind.TEXT, null, source.substring(position, end.start()), at(position)));
                        trims.add(new boolean[] {trimBefore, false});
                    }
                    position = end.end();
                    continue;
                }
                tokens.add(new Token(TokenKind.TAG, name, markup, at(open)));
                trims.add(new boolean[] {trimBefore, trimAfter});
            }
            return applyWhitespaceControl(tokens, trims);
        }

        private int nextOpening(int from) {
            int index = source.indexOf('{', from);
            while (index >= 0 && index + 1 < source.length()) {
                char next = source.charAt(index + 1);
                if (next == '%' || next == '{') {
                    return index;
                }
                index = source.indexOf('{', index + 1);
            }
            return -1;
        }

        private void addText(List<Token> tokens, List<boolean[]> trims, int from, int to) {
            if (to > from) {
                tokens.add(new Token(TokenKind.TEXT, null, source.substring(from, to), at(from)));
                trims.add(new boolean[] {false, false});
            }
        }

        private static int firstWhitespace(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isWhitespace(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }

        private static List<Token> applyWhitespaceControl(List<Token> tokens, List<boolean[]> trims) {
            List<Token> result = new ArrayList<>(tokens);
            for (int i = 0; i < result.size(); i++) {
                boolean[] trim = trims.get(i);
                if (result.get(i).kind() == TokenKind.TEXT) {
                    continue;
                }
                if (trim[0] && i > 0 && result.get(i - 1).kind() == TokenKind.TEXT) {
                    Token text = result.get(i - 1);
                    result.set(i - 1, new Token(TokenKind.TEXT, null, text.markup().stripTrailing(), text.location()));
                }
                if (trim[1] && i + 1 < result.size() && result.get(i + 1).kind() == TokenKind.TEXT) {
                    Token text = result.get(i + 1);
                    result.set(i + 1, new Token(TokenKind.TEXT, null, text.markup().stripLeading(), text.location()));
                }
            }
            return result;
        }
    }

    /** Builds nodes from tokens, matching every block tag with its end tag. */
    private final class Parse {
        private final List<Token> tokens;
        private int position;
        private Token terminator;

        Parse(List<Token> tokens) {
            this.tokens = tokens;
        }

        /** Nodes up to one of {@code terminators}; reaching the end first is an error naming {@code opener}. */
        List<Node> until(Set<String> terminators, Token opener) {
            List<Node> nodes = new ArrayList<>();
            while (position < tokens.size()) {
                Token token = tokens.get(position++);
                switch (token.kind()) {
                    case TEXT -> nodes.add(new Node.Text(token.location(), token.markup()));
                    case OUTPUT -> nodes.add(output(token));
                    case TAG -> {
                        if (terminators.contains(token.name())) {
                            terminator = token;
                            return nodes;
                        }
                        nodes.add(tag(token));
                    }
                }
            }
            if (opener != null) {
                throw new HelpSourceException(opener.location(), "'{% " + opener.name() + " %}' is never closed: expected "
                        + "{% " + expectedEnd(terminators) + " %}");
            }
            return nodes;
        }

        private String expectedEnd(Set<String> terminators) {
            return terminators.stream().filter(name -> name.startsWith("end")).findFirst().orElse("end");
        }

        private Node output(Token token) {
            if (token.markup().isEmpty()) {
                throw new HelpSourceException(token.location(), "empty output '{{ }}'");
            }
            return new Node.Output(token.location(), ExpressionParser.parseValue(token.markup(), token.location(), catalog));
        }

        private Node tag(Token token) {
            String name = token.name();
            SourceLocation where = token.location();
            switch (name) {
                case "if":
                    return conditional(token, ExpressionParser.parseCondition(token.markup(), where, catalog), "endif", false);
                case "unless":
                    return conditional(token, ExpressionParser.parseCondition(token.markup(), where, catalog).negate(), "endunless", false);
                case "ifversion":
                    return conditional(token, VersionConditionParser.parse(token.markup(), where, catalog), "endif", true);
                case "for":
                    return loop(token);
                case "data":
                    if (!DATA_PATH.matcher(token.markup()).matches()) {
                        throw new HelpSourceException(where, "'data' needs a path such as variables.product.prodname_ghe_server, not '" + token.markup() + "'");
                    }
                    return new Node.DataReference(where, token.markup());
                case "indented_data_reference":
                    return indentedReference(token);
                case "octicon":
                    return octicon(token);
                case "elsif", "else", "endif", "endunless", "endfor":
                    throw new HelpSourceException(where, "unexpected '{% " + name + " %}' without a matching opening tag");
                default:
                    if (CALLOUT_CLASSES.containsKey(name)) {
                        List<Node> body = until(Set.of("end" + name), token);
                        return new Node.Callout(where, "<div class=\"extended-markdown " + name + " " + CALLOUT_CLASSES.get(name) + "\">", body);
                    }
                    if (name.startsWith("end") && CALLOUT_CLASSES.containsKey(name.substring(3))) {
                        throw new HelpSourceException(where, "unexpected '{% " + name + " %}' without a matching opening tag");
                    }
                    throw new HelpSourceException(where, "unknown tag '" + name + "'");
            }
        }

        private Node conditional(Token opener, Condition first, String end, boolean versionConditions) {
            List<Node.Conditional.Branch> branches = new ArrayList<>();
            Set<String> terminators = Set.of("elsif", "else", end);
            Condition condition = first;
            while (true) {
                List<Node> body = until(terminators, opener);
                branches.add(new Node.Conditional.Branch(condition, body));
                Token stop = terminator;
                if (stop.name().equals(end)) {
                    return new Node.Conditional(opener.location(), branches, List.of());
                }
                if (stop.name().equals("else")) {
                    List<Node> otherwise = until(Set.of(end), opener);
                    return new Node.Conditional(opener.location(), branches, otherwise);
                }
                condition = versionConditions
                        ? VersionConditionParser.parse(stop.markup(), stop.location(), catalog)
                        : ExpressionParser.parseCondition(stop.markup(), stop.location(), catalog);
            }
        }

        private Node loop(Token opener) {
            Matcher matcher = LOOP.matcher(opener.markup());
            if (!matcher.matches()) {
                throw new HelpSourceException(opener.location(), "'for' needs 'item in list', not '" + opener.markup() + "'");
            }
            Expression collection = ExpressionParser.parseValue(matcher.group(2), opener.location(), catalog);
            List<Node> body = until(Set.of("endfor"), opener);
            return new Node.Loop(opener.location(), matcher.group(1), collection, body);
        }

        private Node indentedReference(Token token) {
            Matcher matcher = INDENTED_REFERENCE.matcher(token.markup());
            if (!matcher.matches() || !DATA_PATH.matcher(matcher.group(1)).matches()) {
                throw new HelpSourceException(token.location(), "'indented_data_reference' needs 'path spaces=N', not '" + token.markup() + "'");
            }
            int spaces = matcher.group(2) == null ? 2 : Integer.parseInt(matcher.group(2));
            return new Node.IndentedDataReference(token.location(), matcher.group(1), spaces);
        }

        private Node octicon(Token token) {
            String markup = token.markup();
            if (!markup.startsWith("\"")) {
                throw new HelpSourceException(token.location(), "'octicon' needs a quoted icon name, not '" + markup + "'");
            }
            int close = markup.indexOf('"', 1);
            if (close < 0) {
                throw new HelpSourceException(token.location(), "unterminated icon name in '" + markup + "'");
            }
            String icon = markup.substring(1, close);
            Map<String, String> options = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(markup.substring(close + 1));
            while (attribute.find()) {
                options.put(attribute.group(1), attribute.group(2));
            }
            String svg = Octicons.svg(icon, options)
                    .orElseThrow(() -> new HelpSourceException(token.location(), "unknown octicon '" + icon + "'"));
            return new Node.Octicon(token.location(), svg);
        }
    }
}
