package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import java.util.List;

/** One piece of a parsed template. Each kind knows how to render itself for a context. */
abstract class Node {

    final SourceLocation location;

    Node(SourceLocation location) {
        this.location = location;
    }

    abstract void render(RenderContext context, StringBuilder out);

    static void renderAll(List<Node> nodes, RenderContext context, StringBuilder out) {
        for (Node node : nodes) {
            node.render(context, out);
        }
    }

    /** Literal text between tags, including the contents of {@code raw}. */
    static final class Text extends Node {
        final String text;

        Text(SourceLocation location, String text) {
            super(location);
            this.text = text;
        }

        @Override
        void render(RenderContext context, StringBuilder out) {
            out.append(text);
        }
    }

    /** {@code {{ expression }}}. */
    static final class Output extends Node {
        final Expression expression;

        Output(SourceLocation location, Expression expression) {
            super(location);
            this.expression = expression;
        }

        @Override
        void render(RenderContext context, StringBuilder out) {
            Object value = expression.evaluateStrictly(context, location);
            if (value != null) {
                out.append(Values.toText(value));
            }
        }
    }

    /** {@code if}/{@code elsif}/{@code else}, {@code unless}, and {@code ifversion}: the first branch whose condition holds. */
    static final class Conditional extends Node {
        record Branch(Condition condition, List<Node> body) {
        }

        final List<Branch> branches;
        final List<Node> otherwise;

        Conditional(SourceLocation location, List<Branch> branches, List<Node> otherwise) {
            super(location);
            this.branches = List.copyOf(branches);
            this.otherwise = List.copyOf(otherwise);
        }

        @Override
        void render(RenderContext context, StringBuilder out) {
            for (Branch branch : branches) {
                if (branch.condition().test(context)) {
                    renderAll(branch.body(), context, out);
                    return;
                }
            }
            renderAll(otherwise, context, out);
        }
    }

    /** {@code for item in list}. */
    static final class Loop extends Node {
        final String variable;
        final Expression collection;
        final List<Node> body;

        Loop(SourceLocation location, String variable, Expression collection, List<Node> body) {
            super(location);
            this.variable = variable;
            this.collection = collection;
            this.body = List.copyOf(body);
        }

        @Override
        void render(RenderContext context, StringBuilder out) {
            Object items = collection.evaluateStrictly(context, location);
            if (!(items instanceof Iterable<?> iterable)) {
                throw new HelpSourceException(location, "'for' needs a list, and " + collection + " is not one");
            }
            for (Object item : iterable) {
                context.pushLocal(variable, item);
                try {
                    renderAll(body, context, out);
                } finally {
                    context.popLocal();
                }
            }
        }
    }

    /** {@code {% data path %}}: the data value rendered as Liquid in the same context. */
    static final class DataReference extends Node {
        final String path;

        DataReference(SourceLocation location, String path) {
            super(location);
            this.path = path;
        }

        @Override
        void render(RenderContext context, StringBuilder out) {
            context.renderData(path, 0, location, out);
        }
    }

    /** {@code {% indented_data_reference path spaces=N %}}: the data value with every line indented. */
    static final class IndentedDataReference extends Node {
        final String path;
        final int spaces;

        IndentedDataReference(SourceLocation location, String path, int spaces) {
            super(location);
            this.path = path;
            this.spaces = spaces;
        }

        @Override
        void render(RenderContext context, StringBuilder out) {
            context.renderData(path, spaces, location, out);
        }
    }

    /** {@code {% octicon "name" aria-label="..." %}}: the icon's inline SVG. */
    static final class Octicon extends Node {
        final String svg;

        Octicon(SourceLocation location, String svg) {
            super(location);
            this.svg = svg;
        }

        @Override
        void render(RenderContext context, StringBuilder out) {
            out.append(svg);
        }
    }

    /** {@code note}, {@code tip}, {@code warning}, {@code danger} and platform blocks: a styled div around Markdown. */
    static final class Callout extends Node {
        final String openingTag;
        final List<Node> body;

        Callout(SourceLocation location, String openingTag, List<Node> body) {
            super(location);
            this.openingTag = openingTag;
            this.body = List.copyOf(body);
        }

        @Override
        void render(RenderContext context, StringBuilder out) {
            out.append(openingTag);
            renderAll(body, context, out);
            out.append("</div>");
        }
    }
}
