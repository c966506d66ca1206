package io.enterpriseconnect.cloud.accounts.domain;

/** The two kinds of cloud account an instance can connect to; {@code apiName} is GitHub's JSON type. */
public enum AccountType {
    ORGANIZATION("Organization"),
    ENTERPRISE("Enterprise");

    private final String apiName;

    AccountType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return this == ORGANIZATION ? "Organization" : "Enterprise account";
    }
}
