package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import java.util.List;
import java.util.Map;

/** A value in a tag or output: a literal, or a variable path such as {@code enterpriseServerReleases.supported[1]}. */
abstract class Expression {

    /** Liquid's own reading: an undefined variable is nil. */
    abstract Object evaluate(RenderContext context);

    /** For output: an undefined variable is a writer's mistake, not an empty string. */
    Object evaluateStrictly(RenderContext context, SourceLocation location) {
        return evaluate(context);
    }

    static final class Literal extends Expression {
        private final Object value;
        private final String source;

        Literal(Object value, String source) {
            this.value = value;
            this.source = source;
        }

        Object value() {
            return value;
        }

        @Override
        Object evaluate(RenderContext context) {
            return value;
        }

        @Override
        public String toString() {
            return source;
        }
    }

    static final class VariablePath extends Expression {
        /** A step after the root: a property name, or an index or key computed by an expression. */
        record Step(String name, Expression index) {
        }

        private final String root;
        private final List<Step> steps;
        private final String source;

        VariablePath(String root, List<Step> steps, String source) {
            this.root = root;
            this.steps = List.copyOf(steps);
            this.source = source;
        }

        @Override
        Object evaluate(RenderContext context) {
            if (root.equals("site") && !steps.isEmpty() && "data".equals(steps.get(0).name())) {
                return context.dataText(dataPath(context), null);
            }
            Object value = context.lookup(root);
            return walk(value, context);
        }

        @Override
        Object evaluateStrictly(RenderContext context, SourceLocation location) {
            if (root.equals("site") && !steps.isEmpty() && "data".equals(steps.get(0).name())) {
                return context.dataText(dataPath(context), location);
            }
            if (!context.isDefined(root)) {
                throw new HelpSourceException(location, "unknown variable '" + root + "' in {{ " + source + " }}");
            }
            return walk(context.lookup(root), context);
        }

        private String dataPath(RenderContext context) {
            StringBuilder path = new StringBuilder();
            for (Step step : steps.subList(1, steps.size())) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(step.name() != null ? step.name() : Values.toText(step.index().evaluate(context)));
            }
            return path.toString();
        }

        private Object walk(Object value, RenderContext context) {
            for (Step step : steps) {
                if (value == null) {
                    return null;
                }
                Object key = step.name() != null ? step.name() : step.index().evaluate(context);
                value = member(value, key);
            }
            return value;
        }

        private static Object member(Object value, Object key) {
            if (value instanceof Map<?, ?> map) {
                return map.get(Values.toText(key));
            }
            if (value instanceof List<?> list) {
                if (key instanceof Number index) {
                    int i = index.intValue();
                    return i >= 0 && i < list.size() ? list.get(i) : null;
                }
                return switch (Values.toText(key)) {
                    case "size" -> list.size();
                    case "first" -> list.isEmpty() ? null : list.get(0);
                    case "last" -> list.isEmpty() ? null : list.get(list.size() - 1);
                    default -> null;
                };
            }
            if (value instanceof String text && "size".equals(key)) {
                return text.length();
            }
            return null;
        }

        @Override
        public String toString() {
            return source;
        }
    }
}
