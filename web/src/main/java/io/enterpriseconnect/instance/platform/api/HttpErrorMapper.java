package io.enterpriseconnect.instance.platform.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors JAX-RS raises itself (unknown route, wrong method, unreadable body) as JSON, saying what
 * was asked for, instead of the server's HTML error page.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String route = request.getMethod() + " /api/" + uri.getPath().replaceFirst("^/", "");
        String message = switch (status) {
            case 404 -> e instanceof NotFoundException && e.getMessage() != null && !e.getMessage().startsWith("RESTEASY")
                    ? e.getMessage() : "No such API route: " + route;
            case 405 -> "Method not allowed: " + route;
            case 415 -> "Send the request body as application/json";
            case 400 -> "The request body is not valid JSON for " + route;
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
        return ErrorResponse.json(InstanceApiError.of(status, message));
    }
}
