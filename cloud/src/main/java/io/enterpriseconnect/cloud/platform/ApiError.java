package io.enterpriseconnect.cloud.platform;

import java.util.List;

/**
 * GitHub's error body: {@code message} and {@code documentation_url}, plus {@code errors} naming the
 * fields at fault when the input was invalid.
 */
public record ApiError(String message, List<FieldError> errors, String documentationUrl) {

    public record FieldError(String resource, String field, String code, String message) {
    }

    public static ApiError of(String message, String documentationUrl) {
        return new ApiError(message, null, documentationUrl);
    }
}
