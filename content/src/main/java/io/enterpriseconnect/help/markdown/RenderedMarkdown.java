package io.enterpriseconnect.help.markdown;

import java.util.List;

/** The HTML of a Markdown source and its headings, ready for the "In this article" list. */
public record RenderedMarkdown(String html, List<Heading> headings) {
}
