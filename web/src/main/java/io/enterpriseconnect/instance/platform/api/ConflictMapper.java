package io.enterpriseconnect.instance.platform.api;

import io.enterpriseconnect.instance.platform.ConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A GitHub Connect step that does not fit the current state (enabling twice, say): 409. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException e) {
        return ErrorResponse.json(InstanceApiError.of(409, e.getMessage()));
    }
}
