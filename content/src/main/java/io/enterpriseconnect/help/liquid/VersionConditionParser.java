package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.liquid.MarkupScanner.Kind;
import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.ReleaseNumber;
import io.enterpriseconnect.help.versions.VersionCatalog;

/**
 * Parses the newer {@code ifversion} conditions: plan names ({@code ghes}, {@code ghae}, {@code fpt}, or the
 * long names), optionally compared with a release ({@code ghes < 3.1}), joined by {@code and}/{@code or},
 * negated by {@code not}.
 */
final class VersionConditionParser {

    private final MarkupCursor cursor;
    private final String markup;
    private final VersionCatalog catalog;

    private VersionConditionParser(String markup, SourceLocation location, VersionCatalog catalog) {
        this.markup = markup.trim();
        this.cursor = new MarkupCursor(markup, location, "{% ifversion " + this.markup + " %}");
        this.catalog = catalog;
    }

    static Condition parse(String markup, SourceLocation location, VersionCatalog catalog) {
        VersionConditionParser parser = new VersionConditionParser(markup, location, catalog);
        if (parser.cursor.isEmpty()) {
            throw new HelpSourceException(location, "ifversion needs a version such as 'ghes' or 'ghes < 3.1'");
        }
        Condition condition = parser.cursor.eitherOf(parser::negation);
        parser.cursor.expectEnd();
        return condition;
    }

    private Condition negation() {
        if (cursor.peekWord("not")) {
            cursor.next();
            return negation().negate();
        }
        return planTest();
    }

    private Condition planTest() {
        if (!cursor.peekKind(Kind.WORD)) {
            throw cursor.error("a version name such as 'ghes' is missing");
        }
        String name = cursor.next().text();
        String plan = catalog.planNamed(name).orElseThrow(() -> cursor.error("unknown version '" + name + "'"));
        if (!cursor.peekKind(Kind.OPERATOR) && !cursor.peekKind(Kind.EQUALS)) {
            return context -> context.version().plan().equals(plan);
        }
        String operator = cursor.next().text();
        if (!cursor.peekKind(Kind.NUMBER) || !ReleaseNumber.looksLikeRelease(cursor.peek().text())) {
            throw new HelpSourceException(cursor.location(), "invalid version comparison: '" + name + " " + operator
                    + "' needs a release number such as 3.1 in '" + markup + "'");
        }
        ReleaseNumber release = ReleaseNumber.parse(cursor.next().text());
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
                default -> throw new HelpSourceException(cursor.location(), "unknown operator '" + operator + "' in '" + markup + "'");
            };
        };
    }
}
