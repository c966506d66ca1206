package io.enterpriseconnect.cloud.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A refused EJB call is GitHub's 401 (nobody signed in) or 403; any other failure
 * (beyond an unreadable body, a 400) is logged here with its stack trace and answered with a bare 500 that reveals nothing.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

    @Inject
    ApiDocumentation documentation;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable failure) {
        if (accessDenied(failure)) {
            return security.getUserPrincipal() == null
                    ? json(401, "Requires authentication")
                    : json(403, "Resource not accessible by integration");
        }
        if (failure instanceof ProcessingException || failure instanceof JsonbException) {
            return json(400, "Problems parsing JSON");
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the cloud API", failure);
        return json(500, "Server Error");
    }

    private static boolean accessDenied(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    private Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(documentation.error(message)).build();
    }
}
