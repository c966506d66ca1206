package io.enterpriseconnect.help.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChildEntriesTest {

    private static final String UPSTREAM = "<p>Intro</p>\n<ul>\n<li><a href=\"/ja/a\">A</a></li>\n<li><a href=\"/ja/old\">Old</a></li>\n</ul>";

    @Test
    void listsThatNameDifferentChildrenDifferOnlyInThoseEntries() {
        assertTrue(ChildEntries.differOnlyInWhichChildrenAreListed(UPSTREAM,
                "<p>Intro</p>\n<ul>\n<li><a href=\"/ja/a\">A</a></li>\n<li><a href=\"/ja/new\">New</a></li>\n</ul>"));
    }

    @Test
    void anyOtherDifferenceOnTheSamePageIsNotExplainedByTheChildren() {
        assertFalse(ChildEntries.differOnlyInWhichChildrenAreListed(UPSTREAM,
                "<p>Changed intro</p>\n<ul>\n<li><a href=\"/ja/a\">A</a></li>\n<li><a href=\"/ja/new\">New</a></li>\n</ul>"));
    }

    private static final String UPSTREAM_TREE = "# /ja/overview 概要\n/ja/overview/a A\n/ja/overview/old Old";

    @Test
    void treesThatListDifferentSectionsOrEntriesDifferOnlyInThose() {
        assertTrue(ChildEntries.treesDifferOnlyInWhichChildrenAreListed(UPSTREAM_TREE,
                "# /ja/overview 概要\n/ja/overview/a A\n# /ja/new-section New\n/ja/new-section/b B"));
    }

    @Test
    void aRenamedEntryInATreeIsNotExplainedByTheChildren() {
        assertFalse(ChildEntries.treesDifferOnlyInWhichChildrenAreListed(UPSTREAM_TREE,
                "# /ja/overview 概要\n/ja/overview/a Renamed A\n/ja/overview/old Old"));
    }
}
