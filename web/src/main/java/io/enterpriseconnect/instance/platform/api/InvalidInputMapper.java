package io.enterpriseconnect.instance.platform.api;

import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Input a service refused: 400, naming the field. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        return ErrorResponse.json(new InstanceApiError(400, e.getMessage(), e.field()));
    }
}
