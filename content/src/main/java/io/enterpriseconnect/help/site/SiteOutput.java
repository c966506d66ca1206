package io.enterpriseconnect.help.site;

/** Where a built site's files go: a directory for the build step, memory for tests and the conformance run. */
@FunctionalInterface
public interface SiteOutput {

    /** @param path relative to the site root, with forward slashes: {@code en/enterprise-server@3.1/admin/index.html} */
    void write(String path, String content);
}
