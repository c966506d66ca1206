package io.enterpriseconnect.protocol.apps;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * An app's {@code owner} or an installation's {@code account}, as GitHub shows it: an organization
 * or an enterprise ({@code type}), with its {@code login} and numeric {@code id}.
 */
public record AppAccount(
        @JsonbProperty("login") String login,
        @JsonbProperty("id") long id,
        @JsonbProperty("slug") String slug,
        @JsonbProperty("name") String name,
        @JsonbProperty("type") String type,
        @JsonbProperty("site_admin") boolean siteAdmin,
        @JsonbProperty("url") String url,
        @JsonbProperty("html_url") String htmlUrl) {
}
