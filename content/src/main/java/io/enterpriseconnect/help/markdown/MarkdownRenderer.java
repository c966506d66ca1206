package io.enterpriseconnect.help.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown to HTML: read as upstream read it ({@link MarkdownReader}), written by commonmark-java's renderer with what
 * upstream's remark and rehype plugins added:
 * emoji for GitHub's shortcodes ({@link Gemoji}), heading ids with a self-link, local links pointed at the current language and version, and
 * screenshots in numbered steps wrapped in {@code span.procedural-image-wrapper}.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("(\\bhref\\s*=\\s*\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTCOM_ONLY = Pattern.compile("\\bclass\\s*=\\s*\"[^\"]*\\bdotcom-only\\b", Pattern.CASE_INSENSITIVE);

    private final MarkdownReader reader = new MarkdownReader();
    private final LinkRewriter links;
    private final HtmlRenderer htmlRenderer;

    public MarkdownRenderer(LinkRewriter links) {
        this.links = links;
        this.htmlRenderer = buildHtmlRenderer();
    }

    /** Parses without rendering, for callers that only need the Markdown tree (the headings of a source, say). */
    public Node parse(String markdown) {
        return reader.read(markdown);
    }

    public RenderedMarkdown render(String markdown, LinkTarget target, HeadingIds ids) {
        Node document = reader.read(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                text.setLiteral(Gemoji.replaceShortcodes(text.getLiteral()));
            }
        });
        Map<Node, String> headingIds = new IdentityHashMap<>();
        Map<Node, String> aliases = new IdentityHashMap<>();
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                String text = plainText(heading);
                String id = ids.idFor(text);
                headingIds.put(heading, id);
                if (ids.aliasFor() != null && !ids.aliasFor().equals(id)) {
                    aliases.put(heading, ids.aliasFor());
                }
                headings.add(new Heading(heading.getLevel(), id, text));
            }

            @Override
            public void visit(HtmlInline html) {
                html.setLiteral(HtmlNormaliser.escapeUnknownTags(html.getLiteral()));
                if (html.getLiteral().regionMatches(true, 0, "<a", 0, 2)) {
                    html.setLiteral(rewriteHtmlAnchors(html.getLiteral(), target));
                }
            }

            @Override
            public void visit(HtmlBlock html) {
                html.setLiteral(HtmlNormaliser.escapeUnknownTags(html.getLiteral()));
                if (html.getLiteral().contains("<a") || html.getLiteral().contains("<A")) {
                    html.setLiteral(rewriteHtmlAnchors(html.getLiteral(), target));
                }
            }
        });
        aliases.values().removeAll(Set.copyOf(headingIds.values()));
        RenderState state = new RenderState(target, headingIds, aliases);
        CURRENT.set(state);
        try {
            return new RenderedMarkdown(HtmlNormaliser.wellFormed(htmlRenderer.render(document)), List.copyOf(headings));
        } finally {
            CURRENT.remove();
        }
    }

    /**
     * What the node renderers of one render need. commonmark-java builds its renderers once for many documents,
     * so the per-document part reaches them through the rendering thread.
     */
    private record RenderState(LinkTarget target, Map<Node, String> headingIds, Map<Node, String> aliases) {
    }

    private static final ThreadLocal<RenderState> CURRENT = new ThreadLocal<>();

    private HtmlRenderer buildHtmlRenderer() {
        return HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Link && attributes.containsKey("href")) {
                        LinkTarget target = CURRENT.get().target();
                        attributes.put("href", links.rewrite(attributes.get("href"), target.language(), target.version(), false));
                    } else if (node instanceof FencedCodeBlock && tagName.equals("code") && attributes.containsKey("class")) {
                        attributes.put("class", "hljs " + attributes.get("class"));
                    }
                })
                .nodeRendererFactory(HeadingWithAnchor::new)
                .nodeRendererFactory(ProceduralImage::new)
                .build();

    }

    /** The text a reader sees in a heading: what upstream slugged and matched translations by. */
    public static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append('\n');
            }
        });
        return text.toString();
    }

    private String rewriteHtmlAnchors(String html, LinkTarget target) {
        Matcher anchor = HTML_ANCHOR.matcher(html);
        StringBuilder out = new StringBuilder();
        while (anchor.find()) {
            String tag = anchor.group();
            boolean dotcomOnly = DOTCOM_ONLY.matcher(tag).find();
            Matcher href = HREF.matcher(tag);
            String rewritten = tag;
            if (href.find() && links.isLocal(href.group(2))) {
                String url = links.rewrite(href.group(2), target.language(), target.version(), dotcomOnly);
                rewritten = tag.substring(0, href.start(2)) + url + tag.substring(href.end(2));
            }
            anchor.appendReplacement(out, Matcher.quoteReplacement(rewritten));
        }
        anchor.appendTail(out);
        return out.toString();
    }

    /**
     * {@code <h3 id="slug"><a href="#slug">text</a></h3>}, upstream's self-linking headings; a heading with a link in
     * its text keeps only that link. A translated heading with an English id carries its own slug on an empty
     * {@code span.heading-alias}, so that {@code #english} and {@code #日本語} both land on it.
     */
    private static final class HeadingWithAnchor implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        HeadingWithAnchor(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(org.commonmark.node.Heading.class);
        }

        @Override
        public void render(Node node) {
            org.commonmark.node.Heading heading = (org.commonmark.node.Heading) node;
            String tag = "h" + heading.getLevel();
            String id = CURRENT.get().headingIds().get(heading);
            boolean selfLink = !containsLink(heading);
            html.line();
            html.tag(tag, Map.of("id", id));
            String alias = CURRENT.get().aliases().get(heading);
            if (alias != null) {
                Map<String, String> attributes = new java.util.LinkedHashMap<>();
                attributes.put("id", alias);
                attributes.put("class", "heading-alias");
                html.tag("span", attributes);
                html.tag("/span");
            }
            if (selfLink) {
                html.tag("a", Map.of("href", "#" + id));
            }
            for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            if (selfLink) {
                html.tag("/a");
            }
            html.tag("/" + tag);
            html.line();
        }

        /** A heading that holds a link of its own keeps it, without the self-link: links cannot nest. */
        private static boolean containsLink(Node heading) {
            boolean[] found = {false};
            heading.accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    found[0] = true;
                }

                @Override
                public void visit(HtmlInline html) {
                    found[0] |= html.getLiteral().regionMatches(true, 0, "<a", 0, 2);
                }
            });
            return found[0];
        }
    }

    /** Screenshots inside numbered steps get upstream's wrapper span, which the stylesheet frames. */
    private static final class ProceduralImage implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        ProceduralImage(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            boolean inStep = isInsideNumberedStep(image);
            if (inStep) {
                html.tag("span", Map.of("class", "procedural-image-wrapper"));
            }
            Map<String, String> attributes = new java.util.LinkedHashMap<>();
            attributes.put("src", context.encodeUrl(image.getDestination()));
            attributes.put("alt", plainText(image));
            if (image.getTitle() != null) {
                attributes.put("title", image.getTitle());
            }
            html.tag("img", context.extendAttributes(image, "img", attributes), true);
            if (inStep) {
                html.tag("/span");
            }
        }

        private static boolean isInsideNumberedStep(Node node) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ListItem && parent.getParent() instanceof OrderedList) {
                    return true;
                }
            }
            return false;
        }
    }
}
