package io.enterpriseconnect.instance.accounts.api;

import io.enterpriseconnect.instance.accounts.domain.UnknownUserException;
import io.enterpriseconnect.instance.platform.api.ErrorResponse;
import io.enterpriseconnect.instance.platform.api.InstanceApiError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A user named in the path who does not exist: 404, naming the login. */
@Provider
public class UnknownUserMapper implements ExceptionMapper<UnknownUserException> {

    @Override
    public Response toResponse(UnknownUserException e) {
        return ErrorResponse.json(new InstanceApiError(404, e.getMessage(), "login"));
    }
}
