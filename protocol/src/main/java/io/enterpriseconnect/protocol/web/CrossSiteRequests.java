package io.enterpriseconnect.protocol.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which requests may change state: the one rule both applications apply at their web edge, so that no
 * cookie (nor credentials a browser cached for HTTP Basic) can be used by another site's page.
 *
 * <p>A state-changing request (any method but GET, HEAD and OPTIONS) is refused when the browser says
 * it comes from elsewhere: its Fetch Metadata header {@code Sec-Fetch-Site} is anything but
 * {@code same-origin} or {@code none} (typed by the user), or its {@code Origin} names another site
 * than the one the request was sent to. A request that carries neither header is not a cross-site
 * browser request (every browser sends {@code Origin} on a cross-origin POST) — scripts and the
 * cloud's own calls — and goes ahead on its credentials alone.
 *
 * <p>{@code same-site} is refused too: the instance and the cloud may share a registrable domain
 * (or {@code localhost}) while being different systems.
 */
public final class CrossSiteRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private CrossSiteRequests() {
    }

    /**
     * Why the request must be refused, or empty when it may go ahead.
     *
     * @param method        the request's method
     * @param fetchSite     its {@code Sec-Fetch-Site} header, or null
     * @param origin        its {@code Origin} header, or null
     * @param host          its {@code Host} header (the authority the browser sent it to), or null
     * @param publicOrigin  the application's configured public address (behind a proxy that rewrites
     *                      {@code Host}), or null
     */
    public static Optional<String> refusal(String method, String fetchSite, String origin, String host,
                                           String publicOrigin) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (fetchSite != null && !OWN_SITE.contains(fetchSite.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("cross-site request refused: this change can only be made from this site's own pages"
                    + " (Sec-Fetch-Site: " + fetchSite.trim() + ")");
        }
        if (origin != null && !sameAuthority(origin, host) && !sameOrigin(origin, publicOrigin)) {
            return Optional.of("cross-site request refused: this change can only be made from this site's own pages"
                    + " (Origin: " + origin.trim() + ")");
        }
        return Optional.empty();
    }

    private static boolean sameAuthority(String origin, String host) {
        URI parsed = parse(origin);
        return parsed != null && host != null && parsed.getRawAuthority() != null
                && parsed.getRawAuthority().equalsIgnoreCase(host.trim());
    }

    private static boolean sameOrigin(String origin, String publicOrigin) {
        if (publicOrigin == null) {
            return false;
        }
        URI a = parse(origin);
        URI b = parse(publicOrigin);
        return a != null && b != null && a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getRawAuthority() != null && a.getRawAuthority().equalsIgnoreCase(b.getRawAuthority());
    }

    private static URI parse(String address) {
        try {
            return new URI(address.trim());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return null;
        }
    }
}
