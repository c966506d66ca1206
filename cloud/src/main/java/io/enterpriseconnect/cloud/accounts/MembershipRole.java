package io.enterpriseconnect.cloud.accounts;

public enum MembershipRole {
    OWNER,
    MEMBER
}
