package io.enterpriseconnect.cloud.accounts.domain;

import java.util.Locale;

/**
 * Which terms of service an account signed. Features that share data with the cloud (unified
 * contributions) are enabled at once under the standard terms; under custom terms a cloud
 * administrator first checks the contract, so such requests wait for approval.
 */
public enum TermsOfService {
    STANDARD,
    CUSTOM;

    /** The JSON and page name: {@code standard} or {@code custom}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return this == STANDARD ? "Standard terms" : "Custom terms";
    }
}
