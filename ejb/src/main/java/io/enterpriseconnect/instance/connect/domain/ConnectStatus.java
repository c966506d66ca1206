package io.enterpriseconnect.instance.connect.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the console and the API show about GitHub Connect. Never a credential: the app and
 * installation ids are public on the cloud too.
 */
public record ConnectStatus(ConnectionState state, boolean callerMayManage, String enabledBy, Instant enabledAt,
        ConnectedAccount account, List<Feature> features, Instant recordRefreshedAt, Cleanup cleanup) {

    /** The cloud account the instance is connected to, by whom and since when. */
    public record ConnectedAccount(String login, String type, String connectedBy, Instant connectedAt, long appId,
            String appSlug, long installationId) {
    }

    public record Feature(String name, Instant enabledAt, String enabledBy) {
    }

    /** Apps still to delete on the cloud ("cleanup pending"): how many, and the latest attempt. */
    public record Cleanup(int pending, int attempts, Instant nextAttemptAt, String lastError) {
    }

    public boolean isCleanupPending() {
        return cleanup != null;
    }
}
