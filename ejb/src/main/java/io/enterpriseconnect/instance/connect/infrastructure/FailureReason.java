package io.enterpriseconnect.instance.connect.infrastructure;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Says why a connection to the cloud failed: DNS, refused, TLS, proxy authentication, timeout. */
public final class FailureReason {

    private FailureReason() {
    }

    public static String of(Throwable failure, URI target, ProxyConfiguration proxy) {
        String via = proxy.enabled() ? "the proxy " + proxy.address() : target.getHost();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "DNS: cannot resolve " + (proxy.enabled() ? "the proxy host " + proxy.host().orElseThrow()
                        : target.getHost());
            }
            if (cause instanceof HttpConnectTimeoutException) {
                return "timed out connecting to " + via;
            }
            if (cause instanceof HttpTimeoutException) {
                return "no answer in time from " + target.getHost() + (proxy.enabled() ? " through " + via : "");
            }
            if (cause instanceof SSLException) {
                return "TLS: " + cause.getMessage();
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to " + via;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (proxy.enabled() && message.contains("authentication")) {
                return "proxy authentication failed at " + proxy.address() + ": check instance.proxy.user and "
                        + "instance.proxy.password";
            }
        }
        // The JDK's client says nothing more for a refused connection than a ConnectException
        // (over a closed channel): whatever is more specific was recognised above.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused by " + via + (proxy.enabled() ? "" : " port " + port(target));
            }
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    /** For an answer that is not a success: names proxy authentication, which a 407 always is. */
    public static String ofStatus(int status) {
        return status == 407 ? "proxy authentication required (HTTP 407): check instance.proxy.user and "
                + "instance.proxy.password" : "HTTP " + status;
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
