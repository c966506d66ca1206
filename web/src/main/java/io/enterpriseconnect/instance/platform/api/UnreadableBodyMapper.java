package io.enterpriseconnect.instance.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON the route expects: 400, with the parser's reason. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return ErrorResponse.json(error(e));
    }

    /** The innermost cause is the parser's own reason. */
    static InstanceApiError error(ProcessingException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return InstanceApiError.of(400, "The request body is not valid JSON: " + cause.getMessage());
    }
}
