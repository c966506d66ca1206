package io.enterpriseconnect.cloud.apps.domain;

import io.enterpriseconnect.cloud.platform.CallbackUri;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import java.io.Serializable;

/**
 * What an instance asks for when it sends its admin's browser to {@code /connect/authorize}:
 * <ul>
 * <li>{@code redirect_uri} — where the browser returns with {@code code} and {@code state}; an
 * absolute http(s) URL on the instance's own {@code hostname};</li>
 * <li>{@code state} — opaque, returned unchanged (the instance's CSRF check);</li>
 * <li>{@code hostname}, {@code version}, {@code customer_name} — shown to the owner and stored in the
 * connection record. The license's public key and hash are sent later with the installation token
 * ({@code PUT /api/v3/installation/connection}), too long for a URL.</li>
 * </ul>
 */
public record ConnectRequest(String state, String redirectUri, String hostname, String version, String customerName)
        implements Serializable {

    /** A DNS name or IPv4 address: letters, digits, dots and hyphens. */
    public static final String HOSTNAME_PATTERN = "[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?";
    public static final int MAX_STATE = 1024;
    static final int MAX_FIELD = 255;

    /**
     * Refuses a request the cloud must not act on. The redirect host must be the instance's hostname,
     * so a link crafted by someone else cannot send the code to a host the owner did not see.
     */
    public void validate() {
        require("state", state, MAX_STATE);
        require("redirect_uri", redirectUri, 2048);
        require("hostname", hostname, MAX_FIELD);
        require("version", version, MAX_FIELD);
        if (!hostname.matches(HOSTNAME_PATTERN)) {
            throw RequestRefusedException.invalid("hostname", "hostname must be a host name such as ghe.example.com");
        }
        if (customerName != null && customerName.length() > MAX_FIELD) {
            throw RequestRefusedException.invalid("customer_name", "customer_name is longer than " + MAX_FIELD + " characters");
        }
        CallbackUri.requireOnHost(redirectUri, hostname);
    }

    /** Where the browser goes once the owner connected: the redirect URI with {@code code} and {@code state}. */
    public String callbackWith(String code) {
        return CallbackUri.withCode(redirectUri, code, state);
    }

    /** Where the browser goes when the owner cancels (OAuth's {@code error=access_denied}). */
    public String callbackDenied() {
        return CallbackUri.denied(redirectUri, state);
    }

    private static void require(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw RequestRefusedException.invalid(field, field + " is missing");
        }
        if (value.length() > maxLength) {
            throw RequestRefusedException.invalid(field, field + " is longer than " + maxLength + " characters");
        }
    }
}
