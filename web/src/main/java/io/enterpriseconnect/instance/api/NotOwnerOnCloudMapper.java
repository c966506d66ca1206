package io.enterpriseconnect.instance.api;

import io.enterpriseconnect.instance.contributions.NotOwnerOnCloudException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The cloud refused an owner who does not own the connected account there: 403 with the reason. */
@Provider
public class NotOwnerOnCloudMapper implements ExceptionMapper<NotOwnerOnCloudException> {

    @Override
    public Response toResponse(NotOwnerOnCloudException e) {
        return ErrorResponses.json(ApiError.of(403, e.getMessage()));
    }
}
