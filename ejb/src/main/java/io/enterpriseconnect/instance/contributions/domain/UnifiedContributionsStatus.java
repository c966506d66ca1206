package io.enterpriseconnect.instance.contributions.domain;

import java.util.Locale;

/** Where the enterprise's request for unified contributions stands, as the cloud decided it. */
public enum UnifiedContributionsStatus {
    NOT_REQUESTED,
    /** Logged on the cloud (custom terms of service) until a cloud administrator decides. */
    PENDING,
    ENABLED,
    DENIED;

    /** The cloud's name ({@code not_requested}, {@code pending}, ...). */
    public static UnifiedContributionsStatus fromCloud(String status) {
        try {
            return valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown unified contributions status from the cloud: " + status, e);
        }
    }
}
