package io.enterpriseconnect.help.liquid;

import java.util.List;

/** A parsed Liquid source: render it once per version and language without parsing again. */
public final class Template {

    private final String file;
    private final List<Node> nodes;

    Template(String file, List<Node> nodes) {
        this.file = file;
        this.nodes = List.copyOf(nodes);
    }

    public String file() {
        return file;
    }

    public String render(RenderContext context) {
        StringBuilder out = new StringBuilder();
        renderInto(context, out);
        return out.toString();
    }

    public void renderInto(RenderContext context, StringBuilder out) {
        Node.renderAll(nodes, context, out);
    }

    /** Whether rendering can differ from the source text, so callers may skip the render step. */
    public boolean isPlainText() {
        return nodes.isEmpty() || nodes.size() == 1 && nodes.get(0) instanceof Node.Text;
    }
}
