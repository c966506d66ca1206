package io.enterpriseconnect.protocol.errors;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * GitHub's error body, as the cloud answers every refusal: {@code message} and
 * {@code documentation_url}, plus {@code errors} naming each field at fault when the input was
 * invalid (422 "Validation Failed"). {@code errors} is null, and left out, otherwise.
 */
public record GitHubError(
        @JsonbProperty("message") String message,
        @JsonbProperty("errors") List<FieldError> errors,
        @JsonbProperty("documentation_url") String documentationUrl) {

    /** A refusal that is not about a field. */
    public static GitHubError of(String message, String documentationUrl) {
        return new GitHubError(message, null, documentationUrl);
    }

    /** 422 "Validation Failed", naming every field at fault. */
    public static GitHubError validationFailed(List<FieldError> errors, String documentationUrl) {
        return new GitHubError("Validation Failed", List.copyOf(errors), documentationUrl);
    }

    /**
     * One field at fault: the {@code resource} it belongs to, its {@code field} path (such as
     * {@code counts[3].day}), GitHub's {@code code} ({@code missing_field}, {@code invalid},
     * {@code already_exists}, …), a readable {@code message}, and the {@code index} of the list entry
     * when the field is in one (absent otherwise).
     */
    public record FieldError(
            @JsonbProperty("resource") String resource,
            @JsonbProperty("field") String field,
            @JsonbProperty("code") String code,
            @JsonbProperty("message") String message,
            @JsonbProperty("index") Integer index) {

        /** A field that is not in a list entry (no {@code index}). */
        public static FieldError of(String resource, String field, String code, String message) {
            return new FieldError(resource, field, code, message, null);
        }
    }
}
