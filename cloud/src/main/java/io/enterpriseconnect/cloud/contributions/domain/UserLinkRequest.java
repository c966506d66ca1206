package io.enterpriseconnect.cloud.contributions.domain;

import io.enterpriseconnect.cloud.apps.domain.ConnectRequest;
import io.enterpriseconnect.cloud.platform.CallbackUri;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * What an instance asks for when it sends a user's browser to {@code /connect/contributions/authorize}:
 * its app's {@code client_id} (which names the installation), {@code state} (returned unchanged),
 * {@code redirect_uri} (on the instance's hostname) and {@code instance_login} (the instance user
 * who will send their counts, shown to the user).
 */
public record UserLinkRequest(String clientId, String state, String redirectUri, String instanceLogin)
        implements Serializable {

    /** Instance logins are short names; no spaces or control characters, so what the user sees is all there is. */
    static final Pattern INSTANCE_LOGIN = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,100}");

    /** Checks the parameters that do not depend on the installation. */
    public void validate() {
        require("client_id", clientId, 100);
        require("state", state, ConnectRequest.MAX_STATE);
        require("redirect_uri", redirectUri, 2048);
        require("instance_login", instanceLogin, 100);
        if (!INSTANCE_LOGIN.matcher(instanceLogin).matches()) {
            throw RequestRefusedException.invalid("instance_login", "instance_login must be the instance user's login");
        }
    }

    /** Checks the whole request once the installation's hostname is known. */
    public void validateFor(String instanceHostname) {
        validate();
        CallbackUri.requireOnHost(redirectUri, instanceHostname);
    }

    public String callbackWith(String code) {
        return CallbackUri.withCode(redirectUri, code, state);
    }

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
