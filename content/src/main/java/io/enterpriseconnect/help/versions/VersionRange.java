package io.enterpriseconnect.help.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semver-style range over release numbers as written in front matter: {@code '*'}, {@code '>=2.22'},
 * {@code '<3.1'}, or several comparators separated by spaces, all of which must hold.
 */
public final class VersionRange {

    private static final Pattern COMPARATOR = Pattern.compile("(>=|<=|>|<|=)?\\s*(\\d+(?:\\.\\d+)*)");

    private record Comparator(String operator, ReleaseNumber release) {
        boolean test(ReleaseNumber candidate) {
            int order = candidate.compareTo(release);
            return switch (operator) {
                case ">=" -> order >= 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                case "<" -> order < 0;
                default -> order == 0;
            };
        }
    }

    private final String text;
    private final List<Comparator> comparators;

    private VersionRange(String text, List<Comparator> comparators) {
        this.text = text;
        this.comparators = comparators;
    }

    /** @throws IllegalArgumentException naming the part that is not a range */
    public static VersionRange parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.equals("*")) {
            return new VersionRange(trimmed, List.of());
        }
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty version range");
        }
        List<Comparator> comparators = new ArrayList<>();
        Matcher matcher = COMPARATOR.matcher(trimmed);
        int position = 0;
        while (position < trimmed.length()) {
            if (Character.isWhitespace(trimmed.charAt(position))) {
                position++;
                continue;
            }
            if (!matcher.find(position) || matcher.start() != position) {
                throw new IllegalArgumentException("'" + trimmed + "' is not a version range such as '*', '>=2.22' or '<3.1'");
            }
            String operator = matcher.group(1) == null ? "=" : matcher.group(1);
            comparators.add(new Comparator(operator, ReleaseNumber.parse(matcher.group(2))));
            position = matcher.end();
        }
        return new VersionRange(trimmed, List.copyOf(comparators));
    }

    public boolean isAny() {
        return comparators.isEmpty();
    }

    /** Whether a version of a plan falls in the range; unnumbered releases only satisfy {@code '*'}. */
    public boolean includes(ProductVersion version) {
        if (isAny()) {
            return true;
        }
        if (!version.isNumbered()) {
            return false;
        }
        return includes(version.releaseNumber());
    }

    public boolean includes(ReleaseNumber release) {
        return comparators.stream().allMatch(comparator -> comparator.test(release));
    }

    @Override
    public String toString() {
        return text;
    }
}
