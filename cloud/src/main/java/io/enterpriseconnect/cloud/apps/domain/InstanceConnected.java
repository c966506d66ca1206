package io.enterpriseconnect.cloud.apps.domain;

/**
 * Fired, inside the transaction that created them, when a code conversion has created an instance's
 * app and installation; the connections domain records the connection from it.
 */
public record InstanceConnected(Installation installation, String hostname, String version, String customerName,
        String connectedBy) {
}
