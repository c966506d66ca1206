package io.enterpriseconnect.help.liquid;

import java.util.Objects;

/** Liquid's rules for truth, equality and text, applied to the plain Java values a context holds. */
final class Values {

    private Values() {
    }

    /** Only {@code false} and nil are false in Liquid; empty strings and zero are true. */
    static boolean isTruthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    static boolean areEqual(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return Objects.equals(left, right);
    }

    /** Orders numbers numerically and strings lexically; anything else is unordered and compares as false. */
    static Integer order(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (left instanceof String a && right instanceof String b) {
            return a.compareTo(b);
        }
        return null;
    }

    static boolean contains(Object container, Object item) {
        if (container instanceof Iterable<?> items) {
            for (Object candidate : items) {
                if (areEqual(candidate, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof String text && item != null) {
            return text.contains(toText(item));
        }
        return false;
    }

    static String toText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number && number == Math.rint(number)) {
            return Long.toString(number.longValue());
        }
        if (value instanceof Iterable<?> items) {
            StringBuilder joined = new StringBuilder();
            items.forEach(item -> joined.append(toText(item)));
            return joined.toString();
        }
        return value.toString();
    }
}
