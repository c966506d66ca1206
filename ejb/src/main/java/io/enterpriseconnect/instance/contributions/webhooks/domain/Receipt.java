package io.enterpriseconnect.instance.contributions.webhooks.domain;

import java.util.List;

/**
 * The answer to a delivery: the HTTP status, what happened, the field at fault for a malformed
 * payload, how many contributions were counted, and why any in it were not.
 */
public record Receipt(int status, String message, String field, int counted, boolean duplicate, List<String> skipped) {

    public static Receipt refused(int status, String message) {
        return new Receipt(status, message, null, 0, false, List.of());
    }

    public static Receipt malformed(MalformedDeliveryException e) {
        return new Receipt(422, "The payload is malformed: " + e.getMessage(), e.field(), 0, false, List.of());
    }
}
