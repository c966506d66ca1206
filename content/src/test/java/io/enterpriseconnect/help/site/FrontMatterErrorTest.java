package io.enterpriseconnect.help.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enterpriseconnect.help.HelpSourceException;
import org.junit.jupiter.api.Test;

/** A YAML mistake in front matter is reported where the writer made it, not where the parser gave up. */
class FrontMatterErrorTest {

    private static String errorIn(String frontMatter) {
        return assertThrows(HelpSourceException.class,
                () -> FrontMatterParser.parse("---\n" + frontMatter + "---\n\nBody\n", "page.md")).getMessage();
    }

    @Test
    void unclosedQuoteIsReportedWhereTheQuoteOpens() {
        assertEquals("page.md:3:8: YAML syntax error: a quoted scalar that starts here: found unexpected end of stream",
                errorIn("title: About\nintro: 'Link your instance.\nversions:\n  ghes: \"*\"\n"));
    }

    @Test
    void lineWithoutAColonIsReportedOnThatLine() {
        assertEquals("page.md:3:1: YAML syntax error: a simple key that starts here: could not find expected ':'",
                errorIn("title: About\nintro Link your instance.\nversions:\n  ghes: '*'\n"));
    }

    @Test
    void unclosedBracketIsReportedWhereItOpens() {
        assertEquals("page.md:4:9: YAML syntax error: a flow sequence that starts here: expected ',' or ']', but got <stream end>",
                errorIn("title: About\nproduct: x\ntopics: [ a, b\n"));
    }

    @Test
    void misplacedColonIsReportedAtIt() {
        assertEquals("page.md:2:11: YAML syntax error: mapping values are not allowed here", errorIn("title: Foo: bar\n"));
    }
}
