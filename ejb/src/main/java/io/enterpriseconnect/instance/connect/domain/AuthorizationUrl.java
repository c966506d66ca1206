package io.enterpriseconnect.instance.connect.domain;

import java.time.Instant;

/** Where on the cloud to send a person's browser, and until when the link works. */
public record AuthorizationUrl(String url, Instant expiresAt) {
}
