package io.enterpriseconnect.cloud.platform;

import java.util.Set;

/**
 * Checks an app JWT or an installation token from an {@code Authorization} header. Implemented by
 * the apps domain, which owns apps, their keys and their tokens.
 */
public interface ApiAuthenticator {

    String BAD_CREDENTIALS = "Bad credentials";
    /** GitHub's answer to HTTP Basic after too many wrong passwords (403). */
    String TOO_MANY_ATTEMPTS = "Maximum number of login attempts exceeded. Please try again later.";

    /**
     * @param authorizationHeader the whole header, e.g. {@code Bearer eyJ...} or {@code token ghs_...}
     * @throws CredentialsRefusedException with GitHub's message when the credentials do not authenticate
     */
    Caller authenticate(String authorizationHeader);

    record Caller(String name, Set<String> roles) {
    }

    /** Credentials that do not authenticate; the message is what GitHub would say. */
    class CredentialsRefusedException extends RuntimeException {

        public CredentialsRefusedException(String message) {
            super(message, null, false, false);
        }
    }
}
