package io.enterpriseconnect.cloud.platform;

import java.util.Optional;

/**
 * The caller names the authentication mechanism gives the container. Users are known by their login
 * (which cannot contain a colon); an app by {@code app:<id>}; an installation by
 * {@code installation:<id>:token:<token id>} so that services know which token was presented.
 */
public final class CallerName {

    public static final String USER = "user";
    public static final String CLOUD_ADMIN = "cloud-admin";
    public static final String APP = "app";
    public static final String INSTALLATION = "installation";

    private CallerName() {
    }

    public static String app(long appId) {
        return "app:" + appId;
    }

    public static String installation(long installationId, long tokenId) {
        return "installation:" + installationId + ":token:" + tokenId;
    }

    public static Optional<Long> appId(String callerName) {
        String[] parts = callerName.split(":");
        return parts.length == 2 && parts[0].equals("app") ? number(parts[1]) : Optional.empty();
    }

    public static Optional<Long> installationId(String callerName) {
        String[] parts = callerName.split(":");
        return parts.length == 4 && parts[0].equals("installation") ? number(parts[1]) : Optional.empty();
    }

    public static Optional<Long> tokenId(String callerName) {
        String[] parts = callerName.split(":");
        return parts.length == 4 && parts[2].equals("token") ? number(parts[3]) : Optional.empty();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
