package io.enterpriseconnect.instance.connect.domain;

/** An installation of the instance's app, and the account it is installed on. */
public record CloudInstallation(long id, String accountLogin, String accountType) {
}
