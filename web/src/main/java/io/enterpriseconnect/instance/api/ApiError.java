package io.enterpriseconnect.instance.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The body of every API error: the status, what went wrong, and the input field at fault if any. */
@JsonbPropertyOrder({"status", "message", "field"})
public record ApiError(int status, String message, String field) {

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, null);
    }
}
