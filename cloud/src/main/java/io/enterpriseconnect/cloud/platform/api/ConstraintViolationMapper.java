package io.enterpriseconnect.cloud.platform.api;

import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request bodies: GitHub's 422 "Validation Failed" naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    ApiDocumentation documentation;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<GitHubError.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> GitHubError.FieldError.of(resourceOf(v), fieldOf(v.getPropertyPath()), "invalid", v.getMessage()))
                .sorted(Comparator.comparing(GitHubError.FieldError::field))
                .toList();
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(GitHubError.validationFailed(errors, documentation.url))
                .build();
    }

    private static String resourceOf(ConstraintViolation<?> violation) {
        Object leaf = violation.getLeafBean();
        return leaf == null ? null : leaf.getClass().getSimpleName();
    }

    /** The JSON name of the last property in the path ({@code update.arg0.licenseSha256} → license_sha256). */
    static String fieldOf(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
