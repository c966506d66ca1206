package io.enterpriseconnect.cloud.platform.api;

import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class RequestRefusedMapper implements ExceptionMapper<RequestRefusedException> {

    @Inject
    ApiDocumentation documentation;

    @Override
    public Response toResponse(RequestRefusedException problem) {
        GitHubError body = !problem.errors().isEmpty()
                ? GitHubError.validationFailed(problem.errors(), documentation.url)
                : problem.field() == null
                ? documentation.error(problem.getMessage())
                : documentation.invalid(null, problem.field(), "invalid", problem.getMessage());
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
