package io.enterpriseconnect.cloud.contributions.domain;

import java.io.Serializable;

/**
 * The authorization page's content: which instance (and connected account) asks to send which
 * instance user's counts to which cloud user; {@code blockedReason} when the user cannot authorize.
 */
public record LinkPrompt(String hostname, String accountLogin, String userLogin, String instanceLogin,
        String blockedReason) implements Serializable {
}
