package io.enterpriseconnect.help.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NuCheckerTest {

    private final NuChecker checker = new NuChecker();

    @Test
    void validFragmentHasNoErrors() {
        assertEquals(List.of(), checker.fragmentErrors("<h2 id=\"a\"><a href=\"#a\">A</a></h2><p>text</p>", "en"));
    }

    @Test
    void strayEndTagAndNestedLinksAreErrors() {
        assertTrue(checker.fragmentErrors("<p>a</div>", "en").size() > 0);
        assertTrue(checker.fragmentErrors("<h2><a href=\"#a\"><a href=\"/b\">b</a></a></h2>", "en").size() > 0);
    }
}
