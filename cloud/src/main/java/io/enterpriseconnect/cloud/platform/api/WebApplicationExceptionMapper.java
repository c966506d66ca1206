package io.enterpriseconnect.cloud.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Unknown routes, wrong methods, unreadable bodies: GitHub's JSON error body with the status the
 * runtime chose, never the server's HTML error page. A resource's {@code @RolesAllowed} refusal is
 * GitHub's 401 when nobody authenticated, 403 otherwise.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    ApiDocumentation documentation;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof ForbiddenException) {
            return Response.status(security.getUserPrincipal() == null ? 401 : 403).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(documentation.error(security.getUserPrincipal() == null
                            ? "Requires authentication" : "Resource not accessible by integration"))
                    .build();
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        String message = exception instanceof BadRequestException
                ? "Problems parsing JSON"
                : Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(documentation.error(message));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }
}
