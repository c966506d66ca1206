package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.liquid.MarkupScanner.Kind;
import io.enterpriseconnect.help.liquid.MarkupScanner.Token;
import io.enterpriseconnect.help.versions.ReleaseNumber;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses values and the conditions of {@code if}/{@code elsif}/{@code unless}.
 *
 * <p>{@code and} binds tighter than {@code or}, as in the Liquid engine upstream used; the comparison
 * operators are Liquid's plus upstream's {@code ver_gt} and {@code ver_lt}, which compare
 * {@code plan@release} strings of the same plan.
 */
final class ExpressionParser {

    private final MarkupCursor cursor;
    private final VersionCatalog catalog;

    private ExpressionParser(String markup, SourceLocation location, VersionCatalog catalog) {
        this.cursor = new MarkupCursor(markup, location, markup.trim());
        this.catalog = catalog;
    }

    static Expression parseValue(String markup, SourceLocation location, VersionCatalog catalog) {
        ExpressionParser parser = new ExpressionParser(markup, location, catalog);
        Expression expression = parser.value();
        if (parser.cursor.peekKind(Kind.PIPE)) {
            throw new HelpSourceException(location, "filters are not supported: '" + markup.trim() + "'");
        }
        parser.cursor.expectEnd();
        return expression;
    }

    static Condition parseCondition(String markup, SourceLocation location, VersionCatalog catalog) {
        ExpressionParser parser = new ExpressionParser(markup, location, catalog);
        if (parser.cursor.isEmpty()) {
            throw new HelpSourceException(location, "condition is empty");
        }
        Condition condition = parser.cursor.eitherOf(parser::comparison);
        parser.cursor.expectEnd();
        return condition;
    }

    private Condition comparison() {
        Expression left = value();
        if (cursor.atEnd() || cursor.peekWord("and") || cursor.peekWord("or")) {
            return context -> Values.isTruthy(left.evaluate(context));
        }
        Token operator = cursor.next();
        if (operator.kind() == Kind.WORD && (operator.text().equals("ver_gt") || operator.text().equals("ver_lt"))) {
            Expression right = value();
            checkVersionOperand(left, operator.text());
            checkVersionOperand(right, operator.text());
            boolean greater = operator.text().equals("ver_gt");
            return context -> compareVersions(left.evaluate(context), right.evaluate(context), greater);
        }
        if (operator.kind() == Kind.WORD && operator.text().equals("contains")) {
            Expression right = value();
            return context -> Values.contains(left.evaluate(context), right.evaluate(context));
        }
        if (operator.kind() != Kind.OPERATOR) {
            throw cursor.error("unknown operator '" + operator.text() + "'");
        }
        Expression right = value();
        return switch (operator.text()) {
            case "==" -> context -> Values.areEqual(left.evaluate(context), right.evaluate(context));
            case "!=", "<>" -> context -> !Values.areEqual(left.evaluate(context), right.evaluate(context));
            default -> context -> {
                Integer order = Values.order(left.evaluate(context), right.evaluate(context));
                if (order == null) {
                    return false;
                }
                return switch (operator.text()) {
                    case "<" -> order < 0;
                    case ">" -> order > 0;
                    case "<=" -> order <= 0;
                    default -> order >= 0;
                };
            };
        };
    }

    /** A literal operand of ver_gt/ver_lt must name a known plan and a release number, or it can never match. */
    private void checkVersionOperand(Expression operand, String operator) {
        if (!(operand instanceof Expression.Literal literal)) {
            return;
        }
        String text = Values.toText(literal.value());
        int at = text.indexOf('@');
        if (at < 0 || !catalog.isPlan(text.substring(0, at)) || !ReleaseNumber.looksLikeRelease(text.substring(at + 1))) {
            throw new HelpSourceException(cursor.location(), "invalid version comparison: " + operator + " needs a version such as "
                    + "\"enterprise-server@3.0\", not \"" + text + "\"");
        }
    }

    private static boolean compareVersions(Object left, Object right, boolean greater) {
        if (!(left instanceof String a) || !(right instanceof String b)) {
            return false;
        }
        int atA = a.indexOf('@');
        int atB = b.indexOf('@');
        if (atA < 0 || atB < 0 || !a.substring(0, atA).equals(b.substring(0, atB))) {
            return false;
        }
        String releaseA = a.substring(atA + 1);
        String releaseB = b.substring(atB + 1);
        if (!ReleaseNumber.looksLikeRelease(releaseA) || !ReleaseNumber.looksLikeRelease(releaseB)) {
            return false;
        }
        int order = ReleaseNumber.parse(releaseA).compareTo(ReleaseNumber.parse(releaseB));
        return greater ? order > 0 : order < 0;
    }

    private Expression value() {
        if (cursor.atEnd()) {
            throw cursor.error("a value is missing");
        }
        Token token = cursor.next();
        switch (token.kind()) {
            case STRING:
                return new Expression.Literal(token.text(), "\"" + token.text() + "\"");
            case NUMBER:
                return new Expression.Literal(parseNumber(token.text()), token.text());
            case WORD:
                switch (token.text()) {
                    case "true":
                        return new Expression.Literal(Boolean.TRUE, "true");
                    case "false":
                        return new Expression.Literal(Boolean.FALSE, "false");
                    case "nil":
                    case "null":
                        return new Expression.Literal(null, token.text());
                    default:
                        return path(token.text());
                }
            default:
                throw cursor.error("unexpected '" + token.text() + "'");
        }
    }

    private Expression path(String root) {
        List<Expression.VariablePath.Step> steps = new ArrayList<>();
        StringBuilder source = new StringBuilder(root);
        while (!cursor.atEnd()) {
            Token token = cursor.peek();
            Token after = cursor.peekSecond();
            if (token.kind() == Kind.DOT && after != null && after.kind() == Kind.WORD) {
                cursor.next();
                String name = cursor.next().text();
                steps.add(new Expression.VariablePath.Step(name, null));
                source.append('.').append(name);
            } else if (token.kind() == Kind.OPEN_BRACKET) {
                cursor.next();
                Expression index = value();
                if (!cursor.peekKind(Kind.CLOSE_BRACKET)) {
                    throw cursor.error("']' expected");
                }
                cursor.next();
                steps.add(new Expression.VariablePath.Step(null, index));
                source.append('[').append(index).append(']');
            } else {
                break;
            }
        }
        return new Expression.VariablePath(root, steps, source.toString());
    }

    private static Object parseNumber(String text) {
        if (text.indexOf('.') < 0) {
            return Integer.valueOf(text);
        }
        return Double.valueOf(text);
    }
}
