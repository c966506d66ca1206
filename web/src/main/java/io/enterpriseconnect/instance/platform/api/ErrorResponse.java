package io.enterpriseconnect.instance.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JAX-RS response carrying an {@link InstanceApiError}: the one way the API answers an error. */
public final class ErrorResponse {

    private ErrorResponse() {
    }

    public static Response json(InstanceApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
