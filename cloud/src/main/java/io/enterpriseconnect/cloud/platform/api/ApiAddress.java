package io.enterpriseconnect.cloud.platform.api;

import jakarta.ws.rs.core.UriInfo;

/**
 * The URLs that GitHub's JSON carries ({@code url}, {@code html_url}, {@code access_tokens_url}), built
 * from the address the client used, so they work behind any host name.
 */
public record ApiAddress(String api, String web) {

    public static ApiAddress of(UriInfo uri) {
        String api = uri.getBaseUri().toString().replaceAll("/+$", "");
        String web = api.endsWith(CloudApiApplication.ROOT) ? api.substring(0, api.length() - CloudApiApplication.ROOT.length()) : api;
        return new ApiAddress(api, web);
    }
}
