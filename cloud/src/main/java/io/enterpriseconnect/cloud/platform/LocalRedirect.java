package io.enterpriseconnect.cloud.platform;

/** Where the sign-in page may send the browser afterwards: a path on this site, never another host. */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    public static String safe(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
