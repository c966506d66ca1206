package io.enterpriseconnect.protocol.web;

/**
 * Where a sign-in page may send the browser afterwards (its {@code next} or return address): a path on
 * this site, never another host. The one rule both applications apply, so the instance's console and
 * the cloud's site cannot be used to send people elsewhere (an open redirect).
 *
 * <p>Local means: starts with one {@code /}; no second {@code /} right after it (a scheme-relative
 * {@code //host}); no backslash anywhere (browsers read {@code /\host} as {@code //host}); no control
 * character (a header split or a hidden newline).
 */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    public static boolean isLocal(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && next.indexOf('\\') < 0
                && next.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** {@code next} when it is local, else the site's home {@code /}. */
    public static String safe(String next) {
        return safe(next, "/");
    }

    /** {@code next} when it is local, else {@code fallback}. */
    public static String safe(String next, String fallback) {
        return isLocal(next) ? next : fallback;
    }
}
