package io.enterpriseconnect.cloud.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The {@code redirect_uri} an instance gives when it sends a browser to the cloud (Connect, user
 * linking): where the browser may be sent back to, and with what.
 */
public final class CallbackUri {

    private CallbackUri() {
    }

    /**
     * Refuses a redirect URI the cloud must not send a code to: it must be an absolute http(s) URL,
     * without user info or fragment, on the instance's own hostname, so that a link crafted by someone
     * else cannot send the code to a host the user did not see.
     *
     * @throws RequestRefusedException 422 naming {@code redirect_uri}
     */
    public static void requireOnHost(String redirectUri, String hostname) {
        URI uri;
        try {
            uri = new URI(redirectUri);
        } catch (URISyntaxException e) {
            throw RequestRefusedException.invalid("redirect_uri", "redirect_uri is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw RequestRefusedException.invalid("redirect_uri", "redirect_uri must be an absolute http or https URL without a fragment");
        }
        if (!uri.getHost().equalsIgnoreCase(hostname)) {
            throw RequestRefusedException.invalid("redirect_uri", "redirect_uri must be on the instance's hostname " + hostname);
        }
    }

    /** The redirect URI with {@code code} and {@code state} added to its query. */
    public static String withCode(String redirectUri, String code, String state) {
        return redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + encode(code) + "&state=" + encode(state);
    }

    /** The redirect URI with OAuth's {@code error=access_denied} and the {@code state}: the user cancelled. */
    public static String denied(String redirectUri, String state) {
        return redirectUri + (redirectUri.contains("?") ? "&" : "?") + "error=access_denied&state=" + encode(state);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
