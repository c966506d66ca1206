package io.enterpriseconnect.instance.api;

import io.enterpriseconnect.instance.connect.cloud.CloudCallException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The cloud could not be reached, or refused: 502, saying which call and why (the message never
 * holds more of the cloud's answer than its own error message).
 */
@Provider
public class CloudCallMapper implements ExceptionMapper<CloudCallException> {

    @Override
    public Response toResponse(CloudCallException e) {
        return ErrorResponses.json(ApiError.of(502, e.getMessage()));
    }
}
