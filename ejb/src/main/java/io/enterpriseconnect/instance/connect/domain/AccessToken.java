package io.enterpriseconnect.instance.connect.domain;

import java.time.Instant;

/** An installation access token and when it stops working; {@link #toString()} leaves the token out. */
public record AccessToken(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
