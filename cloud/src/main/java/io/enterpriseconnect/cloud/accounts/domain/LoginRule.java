package io.enterpriseconnect.cloud.accounts.domain;

import java.util.regex.Pattern;

/**
 * GitHub's rule for user and organization names: letters, digits and single hyphens, not at either
 * end, at most 39 characters. Users and accounts share one namespace.
 */
public final class LoginRule {

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");

    private LoginRule() {
    }

    public static boolean isValid(String login) {
        return login != null && LOGIN.matcher(login).matches();
    }
}
