package io.enterpriseconnect.cloud.contributions;

import java.util.Locale;

/** Where an installation's request for unified contributions stands; {@code apiName} is the JSON value. */
public enum AccessStatus {
    NOT_REQUESTED,
    PENDING,
    ENABLED,
    DENIED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
