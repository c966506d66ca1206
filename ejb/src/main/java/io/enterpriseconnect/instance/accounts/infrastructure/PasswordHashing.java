package io.enterpriseconnect.instance.accounts.infrastructure;

import java.util.Map;

/**
 * One definition of how passwords are hashed, shared by the code that stores hashes and the
 * identity store that checks them. PBKDF2 with HMAC-SHA512 at OWASP's recommended work factor.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";

    private PasswordHashing() {
    }

    public static Map<String, String> parameters() {
        return Map.ofEntries(entry(ALGORITHM), entry(ITERATIONS), entry(SALT_SIZE));
    }

    private static Map.Entry<String, String> entry(String assignment) {
        int eq = assignment.indexOf('=');
        return Map.entry(assignment.substring(0, eq), assignment.substring(eq + 1));
    }
}
