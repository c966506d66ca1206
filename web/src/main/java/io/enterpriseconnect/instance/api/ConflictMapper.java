package io.enterpriseconnect.instance.api;

import io.enterpriseconnect.instance.connect.ConnectConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A GitHub Connect step that does not fit the current state (enabling twice, say): 409. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConnectConflictException> {

    @Override
    public Response toResponse(ConnectConflictException e) {
        return ErrorResponses.json(ApiError.of(409, e.getMessage()));
    }
}
