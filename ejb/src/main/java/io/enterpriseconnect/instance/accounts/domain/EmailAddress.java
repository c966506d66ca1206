package io.enterpriseconnect.instance.accounts.domain;

import java.util.Locale;

/** How the instance reads an email address: trimmed, lower-case, one {@code @} with something on each side. */
public final class EmailAddress {

    static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** The address as stored and compared, or null when it is not an address. */
    public static String normalize(String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.trim().toLowerCase(Locale.ROOT);
        int at = trimmed.indexOf('@');
        if (trimmed.length() > MAX_LENGTH || at < 1 || at != trimmed.lastIndexOf('@') || at == trimmed.length() - 1
                || trimmed.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == ',')) {
            return null;
        }
        return trimmed;
    }
}
