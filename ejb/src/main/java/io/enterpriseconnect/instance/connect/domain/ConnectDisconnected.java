package io.enterpriseconnect.instance.connect.domain;

import java.time.Instant;

/**
 * GitHub Connect was disabled: fired inside the transaction that wipes the credentials, so features
 * built on Connect drop what depended on the connection (the app and its data are deleted on the cloud).
 */
public record ConnectDisconnected(String by, Instant at) {
}
