package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.SourceLocation;

/**
 * A help page source split into its front matter and its Markdown body.
 *
 * @param bodyLine the line of the file on which the body starts, for error locations inside it
 */
public record SourceFile(String file, FrontMatter frontMatter, String body, int bodyLine) {

    public SourceLocation bodyStart() {
        return new SourceLocation(file, bodyLine, 1);
    }
}
