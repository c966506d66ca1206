package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.liquid.MarkupScanner.Kind;
import io.enterpriseconnect.help.liquid.MarkupScanner.Token;
import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.ReleaseNumber;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.List;

/**
 * Parses the newer {@code ifversion} conditions: plan names ({@code ghes}, {@code ghae}, {@code fpt}, or the
 * long names), optionally compared with a release ({@code ghes < 3.1}), joined by {@code and}/{@code or},
 * negated by {@code not}.
 */
final class VersionConditionParser {

    private final List<Token> tokens;
    private final SourceLocation location;
    private final String markup;
    private final VersionCatalog catalog;
    private int position;

    private VersionConditionParser(String markup, SourceLocation location, VersionCatalog catalog) {
        this.tokens = MarkupScanner.scan(markup, location);
        this.location = location;
        this.markup = markup.trim();
        this.catalog = catalog;
    }

    static Condition parse(String markup, SourceLocation location, VersionCatalog catalog) {
        VersionConditionParser parser = new VersionConditionParser(markup, location, catalog);
        if (parser.tokens.isEmpty()) {
            throw new HelpSourceException(location, "ifversion needs a version such as 'ghes' or 'ghes < 3.1'");
        }
        Condition condition = parser.disjunction();
        if (parser.position < parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.position).text() + "'");
        }
        return condition;
    }

    private Condition disjunction() {
        Condition left = conjunction();
        while (peekWord("or")) {
            position++;
            Condition first = left;
            Condition second = conjunction();
            left = context -> first.test(context) || second.test(context);
        }
        return left;
    }

    private Condition conjunction() {
        Condition left = negation();
        while (peekWord("and")) {
            position++;
            Condition first = left;
            Condition second = negation();
            left = context -> first.test(context) && second.test(context);
        }
        return left;
    }

    private Condition negation() {
        if (peekWord("not")) {
            position++;
            return negation().negate();
        }
        return planTest();
    }

    private Condition planTest() {
        if (position >= tokens.size() || tokens.get(position).kind() != Kind.WORD) {
            throw error("a version name such as 'ghes' is missing");
        }
        String name = tokens.get(position++).text();
        String plan = catalog.planNamed(name).orElseThrow(() -> error("unknown version '" + name + "'"));
        if (position >= tokens.size() || !(tokens.get(position).kind() == Kind.OPERATOR || tokens.get(position).kind() == Kind.EQUALS)) {
            return context -> context.version().plan().equals(plan);
        }
        String operator = tokens.get(position++).text();
        if (position >= tokens.size() || tokens.get(position).kind() != Kind.NUMBER
                || !ReleaseNumber.looksLikeRelease(tokens.get(position).text())) {
            throw new HelpSourceException(location, "invalid version comparison: '" + name + " " + operator
                    + "' needs a release number such as 3.1 in '" + markup + "'");
        }
        ReleaseNumber release = ReleaseNumber.parse(tokens.get(position++).text());
        return context -> {
            ProductVersion current = context.version();
            if (!current.plan().equals(plan) || !current.isNumbered()) {
                return false;
            }
            int order = current.releaseNumber().compareTo(release);
            return switch (operator) {
                case "=", "==" -> order == 0;
                case "!=" -> order != 0;
                case "<" -> order < 0;
                case ">" -> order > 0;
                case "<=" -> order <= 0;
                case ">=" -> order >= 0;
                default -> throw new HelpSourceException(location, "unknown operator '" + operator + "' in '" + markup + "'");
            };
        };
    }

    private boolean peekWord(String word) {
        return position < tokens.size() && tokens.get(position).is(Kind.WORD, word);
    }

    private HelpSourceException error(String problem) {
        return new HelpSourceException(location, problem + " in '{% ifversion " + markup + " %}'");
    }
}
