package io.enterpriseconnect.instance.platform;

import java.util.Locale;

/**
 * {@code instance.mode}: {@code development} (the default) generates what a first start needs (the
 * credentials key, a development license); {@code production} refuses to start without them configured.
 */
public enum InstanceMode {
    DEVELOPMENT,
    PRODUCTION;

    public static final String KEY = "instance.mode";

    public static InstanceMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY + " must be 'development' or 'production', not '" + value + "'", e);
        }
    }
}
