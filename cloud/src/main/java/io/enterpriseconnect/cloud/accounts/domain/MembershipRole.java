package io.enterpriseconnect.cloud.accounts.domain;

public enum MembershipRole {
    OWNER,
    MEMBER
}
