package io.enterpriseconnect.instance.connect.api;

import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.platform.api.ErrorResponse;
import io.enterpriseconnect.instance.platform.api.InstanceApiError;
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
        return ErrorResponse.json(InstanceApiError.of(502, e.getMessage()));
    }
}
