package io.enterpriseconnect.cloud.platform.api;

import io.enterpriseconnect.cloud.platform.CloudSignInGuard;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * An API request whose {@code Authorization} header did not authenticate gets GitHub's 401
 * ({@code "Bad credentials"} or the JWT's problem), whatever route it asked for; one refused unchecked
 * because of too many wrong passwords, GitHub's 403 with {@code Retry-After}.
 */
@Provider
@PreMatching
public class RefusedCredentialsFilter implements ContainerRequestFilter {

    public static final String REASON = RefusedCredentialsFilter.class.getName() + ".reason";

    @Context
    HttpServletRequest request;

    @Inject
    ApiDocumentation documentation;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(REASON) instanceof String reason) {
            Object retryAfter = request.getAttribute(CloudSignInGuard.RETRY_AFTER);
            Response.ResponseBuilder refusal = retryAfter == null ? Response.status(Response.Status.UNAUTHORIZED)
                    : Response.status(Response.Status.FORBIDDEN).header("Retry-After", retryAfter);
            context.abortWith(refusal.type(MediaType.APPLICATION_JSON_TYPE).entity(documentation.error(reason)).build());
        }
    }
}
