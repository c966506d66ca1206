package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.liquid.MarkupScanner.Kind;
import io.enterpriseconnect.help.liquid.MarkupScanner.Token;
import java.util.List;
import java.util.function.Supplier;

/**
 * The tokens of one tag's markup and a parser's place in them, with the errors that name the markup: what the
 * parsers of values, {@code if} conditions and {@code ifversion} conditions share.
 */
final class MarkupCursor {

    private final List<Token> tokens;
    private final SourceLocation location;
    private final String shown;
    private int position;

    /** @param shown the markup as error messages quote it */
    MarkupCursor(String markup, SourceLocation location, String shown) {
        this.tokens = MarkupScanner.scan(markup, location);
        this.location = location;
        this.shown = shown;
    }

    SourceLocation location() {
        return location;
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    boolean atEnd() {
        return position >= tokens.size();
    }

    /** The next token without taking it; null at the end. */
    Token peek() {
        return atEnd() ? null : tokens.get(position);
    }

    /** The token after the next one without taking either; null past the end. */
    Token peekSecond() {
        return position + 1 < tokens.size() ? tokens.get(position + 1) : null;
    }

    Token next() {
        return tokens.get(position++);
    }

    boolean peekWord(String word) {
        return !atEnd() && tokens.get(position).is(Kind.WORD, word);
    }

    boolean peekKind(Kind kind) {
        return !atEnd() && tokens.get(position).kind() == kind;
    }

    /** @throws HelpSourceException naming the first token left over */
    void expectEnd() {
        if (!atEnd()) {
            throw error("unexpected '" + peek().text() + "'");
        }
    }

    /**
     * Operands joined by {@code and} and {@code or}, {@code and} binding tighter, as in the Liquid engine upstream
     * used.
     */
    Condition eitherOf(Supplier<Condition> operand) {
        Condition left = allOf(operand);
        while (peekWord("or")) {
            position++;
            Condition first = left;
            Condition second = allOf(operand);
            left = context -> first.test(context) || second.test(context);
        }
        return left;
    }

    private Condition allOf(Supplier<Condition> operand) {
        Condition left = operand.get();
        while (peekWord("and")) {
            position++;
            Condition first = left;
            Condition second = operand.get();
            left = context -> first.test(context) && second.test(context);
        }
        return left;
    }

    HelpSourceException error(String problem) {
        return new HelpSourceException(location, problem + " in '" + shown + "'");
    }
}
