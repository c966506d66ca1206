package io.enterpriseconnect.instance.connect.domain;

/**
 * What converting the one-time code gives the instance: the new app, the account that owns it, and
 * its credentials. {@link #toString()} leaves the credentials out, so a log line never shows them.
 */
public record AppGrant(long appId, String slug, String clientId, String ownerLogin, String ownerType, String pem, String webhookSecret) {

    @Override
    public String toString() {
        return "AppGrant[appId=" + appId + ", slug=" + slug + ", owner=" + ownerLogin + " (" + ownerType + ")]";
    }
}
