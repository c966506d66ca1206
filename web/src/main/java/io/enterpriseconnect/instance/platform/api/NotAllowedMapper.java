package io.enterpriseconnect.instance.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A signed-in caller whose roles do not allow the call: 403. */
@Provider
public class NotAllowedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException e) {
        return ErrorResponse.json(InstanceApiError.of(403, "Your roles do not allow this; ask a site administrator"));
    }
}
