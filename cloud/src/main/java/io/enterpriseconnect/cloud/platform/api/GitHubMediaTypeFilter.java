package io.enterpriseconnect.cloud.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GitHub clients ask for {@code application/vnd.github+json}, {@code application/vnd.github.v3+json} or
 * a preview type such as {@code application/vnd.github.machine-man-preview+json}; all of them mean the
 * JSON this API produces, so they are read as {@code application/json}.
 */
@Provider
@PreMatching
public class GitHubMediaTypeFilter implements ContainerRequestFilter {

    private static final Pattern GITHUB_TYPE = Pattern.compile("application/vnd\\.github[^,;]*");

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null) {
            request.getHeaders().put(HttpHeaders.ACCEPT, accept.stream()
                    .map(value -> GITHUB_TYPE.matcher(value).replaceAll(MediaType.APPLICATION_JSON))
                    .toList());
        }
    }
}
