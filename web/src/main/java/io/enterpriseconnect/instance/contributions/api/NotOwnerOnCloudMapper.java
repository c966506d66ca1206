package io.enterpriseconnect.instance.contributions.api;

import io.enterpriseconnect.instance.contributions.domain.NotOwnerOnCloudException;
import io.enterpriseconnect.instance.platform.api.ErrorResponse;
import io.enterpriseconnect.instance.platform.api.InstanceApiError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The cloud refused an owner who does not own the connected account there: 403 with the reason. */
@Provider
public class NotOwnerOnCloudMapper implements ExceptionMapper<NotOwnerOnCloudException> {

    @Override
    public Response toResponse(NotOwnerOnCloudException e) {
        return ErrorResponse.json(InstanceApiError.of(403, e.getMessage()));
    }
}
