package io.enterpriseconnect.help.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class MarkupCursorTest {

    private static final SourceLocation WHERE = new SourceLocation("page.md", 3, 5);

    @Test
    void andBindsTighterThanOr() {
        assertTrue(parse("yes or no and no").test(null));
        assertFalse(parse("no and yes or no").test(null));
    }

    @Test
    void leftoverTokensAreAnErrorQuotingTheMarkupAsShown() {
        MarkupCursor cursor = new MarkupCursor("yes no", WHERE, "{% if yes no %}");
        cursor.eitherOf(words(cursor));
        HelpSourceException error = assertThrows(HelpSourceException.class, cursor::expectEnd);
        assertEquals("unexpected 'no' in '{% if yes no %}'", error.reason());
    }

    @Test
    void errorsNameTheProblemAndTheMarkup() {
        HelpSourceException error = new MarkupCursor("a b", WHERE, "{% ifversion a b %}").error("unexpected 'b'");
        assertEquals("unexpected 'b' in '{% ifversion a b %}'", error.reason());
        assertEquals(WHERE, error.location());
    }

    private static Condition parse(String markup) {
        MarkupCursor cursor = new MarkupCursor(markup, WHERE, markup);
        Condition condition = cursor.eitherOf(words(cursor));
        cursor.expectEnd();
        return condition;
    }

    /** Operands that are the words yes and no. */
    private static Supplier<Condition> words(MarkupCursor cursor) {
        return () -> {
            boolean yes = cursor.next().text().equals("yes");
            return context -> yes;
        };
    }
}
