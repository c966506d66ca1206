package io.enterpriseconnect.help.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of an index page's list of children, in canonical form: a list item holding only a link, or a
 * title link with its intro paragraph. Two lists that name different children differ by whole entries.
 */
final class ChildEntries {

    private static final Pattern ENTRY = Pattern.compile(
            "<li><a href=\"([^\"]*)\">[^<]*</a></li>\n?|<a href=\"([^\"]*)\">\n<h2>[^\n]*</h2>\n</a>\n(?:<p>[^\n]*</p>\n?)?");

    private ChildEntries() {
    }

    /** Whether the two bodies are the same once each drops the entries for children the other does not list. */
    static boolean differOnlyInWhichChildrenAreListed(String expected, String actual) {
        Set<String> expectedChildren = children(expected);
        Set<String> actualChildren = children(actual);
        return !expectedChildren.equals(actualChildren)
                && without(expected, actualChildren).equals(without(actual, expectedChildren));
    }

    private static Set<String> children(String body) {
        Set<String> children = new HashSet<>();
        Matcher entry = ENTRY.matcher(body);
        while (entry.find()) {
            children.add(href(entry));
        }
        return children;
    }

    /** The body without the entries whose child is not among {@code kept}. */
    private static String without(String body, Set<String> kept) {
        Matcher entry = ENTRY.matcher(body);
        StringBuilder rest = new StringBuilder();
        while (entry.find()) {
            entry.appendReplacement(rest, kept.contains(href(entry)) ? Matcher.quoteReplacement(entry.group()) : "");
        }
        return entry.appendTail(rest).toString().strip();
    }

    private static String href(Matcher entry) {
        return entry.group(1) != null ? entry.group(1) : entry.group(2);
    }

    /**
     * Whether two "all docs" trees (one line per link, sections marked {@code # }) are the same once each drops the
     * sections, and the entries within a section, that the other does not list.
     */
    static boolean treesDifferOnlyInWhichChildrenAreListed(String expected, String actual) {
        return sharedOnly(expected, actual).equals(sharedOnly(actual, expected));
    }

    /**
     * The tree's sections and entries whose pages (link targets) the other tree lists too, in the tree's order, so
     * that a listed page with another title still counts as a difference.
     */
    private static List<String> sharedOnly(String tree, String other) {
        Map<String, List<String>> otherSections = sections(other);
        List<String> shared = new ArrayList<>();
        sections(tree).forEach((section, entries) -> {
            List<String> otherEntries = otherSections.get(section);
            if (otherEntries != null) {
                Set<String> otherPages = new HashSet<>();
                otherEntries.forEach(entry -> otherPages.add(page(entry)));
                entries.stream().filter(entry -> otherPages.contains(page(entry))).forEach(shared::add);
            }
        });
        return shared;
    }

    private static String page(String entry) {
        return entry.split(" ", 2)[0];
    }

    /** Each section's lines, its heading line first, by the section's page. */
    private static Map<String, List<String>> sections(String tree) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = "";
        for (String line : tree.split("\n")) {
            if (line.startsWith("# ")) {
                section = page(line.substring(2));
            }
            sections.computeIfAbsent(section, key -> new ArrayList<>()).add(line);
        }
        return sections;
    }
}
