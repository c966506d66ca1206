package io.enterpriseconnect.protocol.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response headers both applications send with every response: no framing by other sites
 * (clickjacking), no content-type sniffing, no full address in the {@code Referer} sent elsewhere, and
 * over TLS, HTTP Strict Transport Security.
 */
public final class SecurityHeaders {

    /** Frames: none. Plugins and {@code <base>} rewriting: none. Scripts are not restricted here (yet): the
     * console's Faces pages still use inline handlers. */
    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    static final String ONE_YEAR = "max-age=31536000";

    private SecurityHeaders() {
    }

    /** The headers for a response to a request that arrived over TLS ({@code secure}) or not. */
    public static Map<String, String> forResponse(boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        if (secure) {
            headers.put("Strict-Transport-Security", ONE_YEAR);
        }
        return headers;
    }
}
