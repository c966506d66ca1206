package io.enterpriseconnect.instance.connect.domain;

/** Where the instance stands with the cloud, in the order an administrator moves through it. */
public enum ConnectionState {
    /** "GitHub.com is not enabled yet": nobody has agreed to the Connect addendum. */
    NOT_ENABLED,
    /** Enabled, but no cloud account connected yet. */
    ENABLED,
    /** Connected to a cloud organization or enterprise account. */
    CONNECTED
}
