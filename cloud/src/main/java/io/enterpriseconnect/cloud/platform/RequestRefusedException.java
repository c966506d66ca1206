package io.enterpriseconnect.cloud.platform;

import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the cloud refuses, with the HTTP status and message GitHub would give. Thrown by the
 * services so that pages show the message and the API answers with GitHub's error body; an
 * application exception so the container neither wraps it nor logs it as a failure.
 */
@ApplicationException(rollback = true)
public class RequestRefusedException extends RuntimeException {

    private final int status;
    private final String field;
    private final List<GitHubError.FieldError> errors;

    private RequestRefusedException(int status, String message, String field, List<GitHubError.FieldError> errors) {
        super(message);
        this.status = status;
        this.field = field;
        this.errors = errors;
    }

    RequestRefusedException(int status, String message, String field) {
        this(status, message, field, List.of());
    }

    public static RequestRefusedException notFound() {
        return new RequestRefusedException(404, "Not Found", null);
    }

    /** A body that cannot be read at all (GitHub's 400 "Problems parsing JSON"). */
    public static RequestRefusedException badRequest(String message) {
        return new RequestRefusedException(400, message, null);
    }

    public static RequestRefusedException forbidden(String message) {
        return new RequestRefusedException(403, message, null);
    }

    public static RequestRefusedException unauthorized(String message) {
        return new RequestRefusedException(401, message, null);
    }

    /** Input that is well-formed but breaks a rule, naming the field (GitHub's 422). */
    public static RequestRefusedException invalid(String field, String message) {
        return new RequestRefusedException(422, message, field);
    }

    /** Input with several faults, each named in GitHub's {@code errors} list (422 "Validation Failed"). */
    public static RequestRefusedException invalid(List<GitHubError.FieldError> errors) {
        String first = errors.isEmpty() ? "Validation Failed" : errors.get(0).message();
        return new RequestRefusedException(422, first, errors.isEmpty() ? null : errors.get(0).field(), List.copyOf(errors));
    }

    /** A request that conflicts with the current state of the resource (GitHub's 409). */
    public static CloudConflictException conflict(String message) {
        return new CloudConflictException(message);
    }

    public int status() {
        return status;
    }

    /** The request field at fault, or null when the problem is not about one field. */
    public String field() {
        return field;
    }

    /** Every field at fault when there are several; empty otherwise. */
    public List<GitHubError.FieldError> errors() {
        return errors;
    }
}
