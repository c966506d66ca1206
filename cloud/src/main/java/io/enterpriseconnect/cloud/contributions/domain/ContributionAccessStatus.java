package io.enterpriseconnect.cloud.contributions.domain;

import java.util.Locale;

/** Where an installation's request for unified contributions stands; {@code apiName} is the JSON value. */
public enum ContributionAccessStatus {
    NOT_REQUESTED,
    PENDING,
    ENABLED,
    DENIED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
