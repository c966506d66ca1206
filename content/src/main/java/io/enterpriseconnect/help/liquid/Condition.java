package io.enterpriseconnect.help.liquid;

/** The test of an {@code if}, {@code elsif}, {@code unless} or {@code ifversion} branch. */
@FunctionalInterface
interface Condition {

    boolean test(RenderContext context);

    default Condition negate() {
        return context -> !test(context);
    }
}
