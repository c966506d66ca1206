package io.enterpriseconnect.instance.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else: a 500 with an id to find the details in the server log, never a stack trace. */
@Provider
public class InstanceUnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(InstanceUnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API error " + incident, e);
        return ErrorResponse.json(error(incident));
    }

    /** Says nothing of the failure itself: only where the log has it. */
    static InstanceApiError error(String incident) {
        return InstanceApiError.of(500, "Internal error; the server log has the details under " + incident);
    }
}
