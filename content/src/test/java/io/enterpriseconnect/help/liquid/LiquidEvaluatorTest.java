package io.enterpriseconnect.help.liquid;

import static io.enterpriseconnect.help.liquid.LiquidFixtures.GHAE;
import static io.enterpriseconnect.help.liquid.LiquidFixtures.GHES_221;
import static io.enterpriseconnect.help.liquid.LiquidFixtures.GHES_30;
import static io.enterpriseconnect.help.liquid.LiquidFixtures.GHES_31;
import static io.enterpriseconnect.help.liquid.LiquidFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LiquidEvaluatorTest {

    @Test
    void verGtComparesReleasesOfTheSamePlan() {
        String source = "{% if currentVersion ver_gt \"enterprise-server@2.21\" %}new{% else %}old{% endif %}";
        assertEquals("new", render(source, GHES_30, Map.of()));
        assertEquals("old", render(source, GHES_221, Map.of()));
        assertEquals("old", render(source, GHAE, Map.of()));
    }

    @Test
    void verLtIsFalseForAnotherPlan() {
        assertEquals("", render("{% if currentVersion ver_lt \"enterprise-server@3.0\" %}x{% endif %}", GHAE, Map.of()));
    }

    @Test
    void elsifPicksTheFirstBranchThatHolds() {
        String source = "{% if currentVersion == \"free-pro-team@latest\" %}a{% elsif currentVersion == \"github-ae@latest\" %}b{% else %}c{% endif %}";
        assertEquals("b", render(source, GHAE, Map.of()));
        assertEquals("c", render(source, GHES_31, Map.of()));
    }

    @Test
    void andBindsTighterThanOr() {
        String source = "{% if enterpriseServerVersions contains currentVersion and currentVersion ver_gt \"enterprise-server@3.0\" "
                + "or currentVersion == \"github-ae@latest\" %}yes{% endif %}";
        assertEquals("yes", render(source, GHAE, Map.of()));
        assertEquals("yes", render(source, GHES_31, Map.of()));
        assertEquals("", render(source, GHES_30, Map.of()));
    }

    @Test
    void unlessRendersWhenTheConditionIsFalse() {
        assertEquals("ae", render("{% unless currentVersion != \"github-ae@latest\" %}ae{% endunless %}", GHAE, Map.of()));
    }

    @Test
    void ifversionTakesPlanShortNamesAndComparisons() {
        String source = "{% ifversion ghes < 3.1 %}old{% elsif ghae or fpt %}cloud{% else %}new{% endif %}";
        assertEquals("old", render(source, GHES_30, Map.of()));
        assertEquals("new", render(source, GHES_31, Map.of()));
        assertEquals("cloud", render(source, GHAE, Map.of()));
    }

    @Test
    void ifversionNotNegates() {
        assertEquals("x", render("{% ifversion not ghae %}x{% endif %}", GHES_31, Map.of()));
        assertEquals("", render("{% ifversion not ghae %}x{% endif %}", GHAE, Map.of()));
    }

    @Test
    void outputsCurrentVersionAndReleases() {
        assertEquals("enterprise-server@3.0 3.1", render("{{ currentVersion }} {{ enterpriseServerReleases.latest }}", GHES_30, Map.of()));
        assertEquals("3.0", render("{{ enterpriseServerReleases.supported[1] }}", GHES_30, Map.of()));
    }

    @Test
    void dataRendersNestedLiquidForTheCurrentVersion() {
        Map<String, String> data = Map.of(
                "variables.product.product_name", "{% ifversion ghae %}GitHub AE{% else %}GitHub Enterprise Server{% endif %}",
                "reusables.connect.intro", "Connect {% data variables.product.product_name %}.\n");
        assertEquals("Connect GitHub AE.", render("{% data reusables.connect.intro %}", GHAE, data));
    }

    @Test
    void indentedDataReferenceIndentsEveryLine() {
        Map<String, String> data = Map.of("reusables.steps.note", "first\nsecond");
        assertEquals("   first\n   second", render("{% indented_data_reference reusables.steps.note spaces=3 %}", GHES_31, data));
    }

    @Test
    void forLoopsOverAList() {
        assertEquals("3.1,3.0,2.21,", render("{% for r in enterpriseServerReleases.supported %}{{ r }},{% endfor %}", GHES_31, Map.of()));
    }

    @Test
    void rawKeepsLiquidAsText() {
        assertEquals("${{ runner.temp }}", render("{% raw %}${{ runner.temp }}{% endraw %}", GHES_31, Map.of()));
    }

    @Test
    void calloutsWrapTheirMarkdownInADiv() {
        assertEquals("<div class=\"extended-markdown note border rounded-1 mb-4 p-3 color-border-info color-bg-info f5\">\n\n**Note:** x\n\n</div>",
                render("{% note %}\n\n**Note:** x\n\n{% endnote %}", GHES_31, Map.of()));
    }

    @Test
    void octiconWritesAnAccessibleSvg() {
        String svg = render("{% octicon \"gear\" aria-label=\"The Settings gear\" %}", GHES_31, Map.of());
        assertEquals(true, svg.startsWith("<svg version=\"1.1\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" class=\"octicon octicon-gear\" "
                + "aria-label=\"The Settings gear\" role=\"img\"><path"));
    }

    @Test
    void dashTrimsWhitespaceAroundATag() {
        assertEquals("ab", render("a  {%- if true -%}  b{% endif %}", GHES_31, Map.of()));
    }

    @Test
    void siteDataOutputsTheValueAsWritten() {
        Map<String, String> data = Map.of("variables.product.api", "the {% if true %}API{% endif %}");
        assertEquals("the {% if true %}API{% endif %}", render("{{ site.data.variables.product.api }}", GHES_31, data));
    }

    @Test
    void reusableThatStartsAListItemAfterOtherTextStartsALineOfItsOwn() {
        Map<String, String> data = Map.of("reusables.a", "1. First step.", "reusables.b", "1. Second step.");
        assertEquals("1. First step.\n1. Second step.", render("{% data reusables.a %}{% data reusables.b %}", GHES_31, data));
        assertEquals("See \n1. Second step.", render("See {% data reusables.b %}", GHES_31, data));
        assertEquals("  1. Second step.", render("  {% data reusables.b %}", GHES_31, data));
    }
}
