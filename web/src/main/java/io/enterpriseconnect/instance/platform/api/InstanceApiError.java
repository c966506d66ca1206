package io.enterpriseconnect.instance.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The body of every API error: the status, what went wrong, and the input field at fault if any. */
@JsonbPropertyOrder({"status", "message", "field"})
public record InstanceApiError(int status, String message, String field) {

    public static InstanceApiError of(int status, String message) {
        return new InstanceApiError(status, message, null);
    }
}
