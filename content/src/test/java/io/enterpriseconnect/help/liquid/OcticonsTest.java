package io.enterpriseconnect.help.liquid;

import static io.enterpriseconnect.help.liquid.LiquidFixtures.GHES_31;
import static io.enterpriseconnect.help.liquid.LiquidFixtures.PARSER;
import static io.enterpriseconnect.help.liquid.LiquidFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.HelpSourceException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every icon of the installed {@code @primer/octicons} package renders, with the attributes its own toSVG writes. */
class OcticonsTest {

    private static final Pattern SVG = Pattern.compile(
            "<svg version=\"1\\.1\" width=\"\\d+\" height=\"\\d+\" viewBox=\"0 0 \\d+ \\d+\" class=\"octicon octicon-[a-z0-9-]+\" "
                    + "aria-hidden=\"true\">(</?(path|g|circle|rect)( [^<>]*)?>)+</svg>");

    @Test
    void everyIconOfThePackageRendersThroughTheTag() {
        Set<String> names = Octicons.names();
        assertTrue(names.size() > 200, "the whole package, not a hand-picked list: " + names.size());
        for (String name : names) {
            String svg = render("{% octicon \"" + name + "\" %}", GHES_31, Map.of());
            assertTrue(SVG.matcher(svg).matches(), name + ": " + svg);
            assertTrue(svg.contains("class=\"octicon octicon-" + name + "\""), svg);
        }
    }

    @Test
    void iconsTheCorpusDoesNotUseRenderToo() {
        assertTrue(render("{% octicon \"plug\" aria-label=\"The plug icon\" %}", GHES_31, Map.of()).startsWith(
                "<svg version=\"1.1\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" class=\"octicon octicon-plug\" "
                        + "aria-label=\"The plug icon\" role=\"img\"><path"));
    }

    @Test
    void aRequestedHeightPicksTheClosestNaturalSizeAndScalesTheWidth() {
        assertTrue(render("{% octicon \"thumbsup\" height=\"24\" class=\"v-align-middle\" %}", GHES_31, Map.of()).startsWith(
                "<svg version=\"1.1\" width=\"24\" height=\"24\" viewBox=\"0 0 24 24\" class=\"octicon octicon-thumbsup v-align-middle\" "
                        + "aria-hidden=\"true\"><path"));
        assertTrue(render("{% octicon \"arrow-right\" width=\"20\" %}", GHES_31, Map.of()).startsWith(
                "<svg version=\"1.1\" width=\"20\" height=\"20\" viewBox=\"0 0 16 16\" class=\"octicon octicon-arrow-right\""));
    }

    @Test
    void anIconThePackageLacksIsAnErrorAtTheTag() {
        HelpSourceException error = assertThrows(HelpSourceException.class,
                () -> PARSER.parse("Click\n  {% octicon \"plugg\" %}", "page.md"));
        assertEquals("page.md:2:3: unknown octicon 'plugg'", error.getMessage());
    }
}
