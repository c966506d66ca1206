package io.enterpriseconnect.cloud.apps.domain;

/**
 * Fired inside the transaction that deletes an installation (and its app), before the delete, for
 * what other domains keep about it without a foreign key (the contribution counts).
 */
public record InstallationRemoved(long installationId) {
}
