package io.enterpriseconnect.instance.accounts.domain;

/** The instance's roles, as Jakarta Security group names. */
public final class Role {

    /** Runs the instance: the only role that may connect it to the cloud. */
    public static final String SITE_ADMIN = "site-admin";
    /** Owns the enterprise: decides whether users may share contribution counts. */
    public static final String ENTERPRISE_OWNER = "enterprise-owner";
    /** Every signed-in user. */
    public static final String MEMBER = "member";

    private Role() {
    }
}
