package io.enterpriseconnect.help.liquid;

import static io.enterpriseconnect.help.liquid.LiquidFixtures.GHES_31;
import static io.enterpriseconnect.help.liquid.LiquidFixtures.PARSER;
import static io.enterpriseconnect.help.liquid.LiquidFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.HelpSourceException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input is a clear error at its location, never an empty or truncated page. */
class LiquidErrorTest {

    @Test
    void unclosedIfIsReportedWhereItOpens() {
        HelpSourceException error = assertThrows(HelpSourceException.class,
                () -> PARSER.parse("Intro\n\n{% if currentVersion == \"github-ae@latest\" %}\nAE only\n", "page.md", 5, 1));
        assertEquals("page.md:7:1: '{% if %}' is never closed: expected {% endif %}", error.getMessage());
    }

    @Test
    void unknownTagIsAnError() {
        HelpSourceException error = assertThrows(HelpSourceException.class, () -> PARSER.parse("a {% include foo.html %}", "page.md"));
        assertEquals("page.md:1:3: unknown tag 'include'", error.getMessage());
    }

    @Test
    void missingReusableIsAnErrorAtTheTag() {
        HelpSourceException error = assertThrows(HelpSourceException.class,
                () -> render("line\n{% data reusables.nope.missing %}", GHES_31, Map.of()));
        assertEquals("page.md:2:1: unknown data reference 'reusables.nope.missing'", error.getMessage());
    }

    @Test
    void reusableIncludingItselfIsAnError() {
        HelpSourceException error = assertThrows(HelpSourceException.class,
                () -> render("{% data reusables.a.loop %}", GHES_31, Map.of("reusables.a.loop", "again {% data reusables.a.loop %}")));
        assertTrue(error.getMessage().contains("includes itself: reusables.a.loop -> reusables.a.loop"), error.getMessage());
    }

    @Test
    void reusableIncludingItselfThroughAnotherIsAnError() {
        Map<String, String> data = Map.of("reusables.a.first", "{% data reusables.a.second %}", "reusables.a.second", "{% data reusables.a.first %}");
        HelpSourceException error = assertThrows(HelpSourceException.class, () -> render("{% data reusables.a.first %}", GHES_31, data));
        assertTrue(error.getMessage().startsWith("data/reusables.a.second:1:1: "), error.getMessage());
        assertTrue(error.getMessage().contains("reusables.a.first -> reusables.a.second -> reusables.a.first"), error.getMessage());
    }

    @Test
    void unknownVariableInOutputIsAnError() {
        HelpSourceException error = assertThrows(HelpSourceException.class, () -> render("v{{ curentVersion }}", GHES_31, Map.of()));
        assertEquals("page.md:1:2: unknown variable 'curentVersion' in {{ curentVersion }}", error.getMessage());
    }

    @Test
    void unknownDataVariableIsAnError() {
        HelpSourceException error = assertThrows(HelpSourceException.class,
                () -> render("{% data variables.product.prodname_nope %}", GHES_31, Map.of()));
        assertEquals("page.md:1:1: unknown data reference 'variables.product.prodname_nope'", error.getMessage());
    }

    @Test
    void versionComparisonWithoutAPlanIsInvalid() {
        HelpSourceException error = assertThrows(HelpSourceException.class,
                () -> PARSER.parse("{% if currentVersion ver_gt \"3.0\" %}x{% endif %}", "page.md"));
        assertTrue(error.getMessage().startsWith("page.md:1:1: invalid version comparison"), error.getMessage());
    }

    @Test
    void ifversionComparisonWithoutAReleaseIsInvalid() {
        HelpSourceException error = assertThrows(HelpSourceException.class,
                () -> PARSER.parse("{% ifversion ghes > latest %}x{% endif %}", "page.md"));
        assertTrue(error.getMessage().startsWith("page.md:1:1: invalid version comparison"), error.getMessage());
    }

    @Test
    void ifversionWithAnUnknownPlanIsAnError() {
        HelpSourceException error = assertThrows(HelpSourceException.class,
                () -> PARSER.parse("{% ifversion ghec %}x{% endif %}", "page.md"));
        assertTrue(error.getMessage().contains("unknown version 'ghec'"), error.getMessage());
    }

    @Test
    void strayEndTagIsAnError() {
        HelpSourceException error = assertThrows(HelpSourceException.class, () -> PARSER.parse("x\n  {% endif %}", "page.md"));
        assertEquals("page.md:2:3: unexpected '{% endif %}' without a matching opening tag", error.getMessage());
    }
}
