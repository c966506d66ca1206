package io.enterpriseconnect.cloud.platform;

import jakarta.ws.rs.core.UriInfo;

/**
 * The URLs that GitHub's JSON carries ({@code url}, {@code html_url}, {@code access_tokens_url}), built
 * from the address the client used, so they work behind any host name.
 */
public record ApiLinks(String api, String web) {

    public static ApiLinks of(UriInfo uri) {
        String api = uri.getBaseUri().toString().replaceAll("/+$", "");
        String web = api.endsWith(CloudApi.ROOT) ? api.substring(0, api.length() - CloudApi.ROOT.length()) : api;
        return new ApiLinks(api, web);
    }
}
