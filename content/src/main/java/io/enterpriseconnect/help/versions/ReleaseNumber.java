package io.enterpriseconnect.help.versions;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A dotted release number such as 2.22 or 11.10.340, ordered numerically part by part, except that the releases
 * numbered 11.x (GitHub Enterprise before it restarted at 2.0) come before every 2.x and later one, as upstream
 * ordered them.
 */
public final class ReleaseNumber implements Comparable<ReleaseNumber> {

    private static final Pattern SHAPE = Pattern.compile("\\d+(\\.\\d+)*");

    private final int[] parts;
    private final String text;

    private ReleaseNumber(int[] parts, String text) {
        this.parts = parts;
        this.text = text;
    }

    public static boolean looksLikeRelease(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    public static ReleaseNumber parse(String text) {
        if (!looksLikeRelease(text)) {
            throw new IllegalArgumentException("not a release number: '" + text + "'");
        }
        return new ReleaseNumber(Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray(), text);
    }

    private static final int FIRST_MAJOR_OF_OLD_NUMBERING = 11;

    @Override
    public int compareTo(ReleaseNumber other) {
        boolean oldNumbering = parts[0] >= FIRST_MAJOR_OF_OLD_NUMBERING;
        if (oldNumbering != other.parts[0] >= FIRST_MAJOR_OF_OLD_NUMBERING) {
            return oldNumbering ? -1 : 1;
        }
        int length = Math.max(parts.length, other.parts.length);
        for (int i = 0; i < length; i++) {
            int mine = i < parts.length ? parts[i] : 0;
            int theirs = i < other.parts.length ? other.parts[i] : 0;
            if (mine != theirs) {
                return Integer.compare(mine, theirs);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReleaseNumber number && compareTo(number) == 0;
    }

    @Override
    public int hashCode() {
        int length = parts.length;
        while (length > 0 && parts[length - 1] == 0) {
            length--;
        }
        return Arrays.hashCode(Arrays.copyOf(parts, length));
    }

    @Override
    public String toString() {
        return text;
    }
}
