package io.enterpriseconnect.instance.connect.infrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Routes the instance's calls to the cloud through the configured proxy, except for the hosts it
 * must reach directly, and gives the proxy (and nobody else) its credentials.
 */
public final class OutboundProxy extends ProxySelector {

    private final ProxyConfiguration settings;

    public OutboundProxy(ProxyConfiguration settings) {
        this.settings = settings;
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (!settings.enabled() || uri.getHost() == null || bypasses(uri.getHost())) {
            return List.of(Proxy.NO_PROXY);
        }
        // Resolved per call, so a proxy whose address changes in DNS is followed without a restart.
        return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(settings.host().orElseThrow(), settings.port())));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // Nothing to fall back to: the failure reaches the caller, who reports it.
    }

    boolean bypasses(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return settings.nonProxyHosts().stream().map(p -> p.toLowerCase(Locale.ROOT)).anyMatch(pattern -> {
            if (pattern.equals("*")) {
                return true;
            }
            if (pattern.startsWith("*")) {
                return name.endsWith(pattern.substring(1));
            }
            if (pattern.endsWith("*")) {
                return name.startsWith(pattern.substring(0, pattern.length() - 1));
            }
            return name.equals(pattern);
        });
    }

    /**
     * The {@code Proxy-Authorization} to send with a request to {@code target}, if it goes through a
     * proxy that has credentials configured. Sent up front (Basic) rather than through a JDK
     * {@code Authenticator}: with one installed, the JDK's client turns any 401 of the cloud itself
     * into an exception, which would hide the cloud's answer (and its "renew the token" meaning).
     */
    public Optional<String> authorization(URI target) {
        if (!settings.enabled() || settings.user().isEmpty() || target.getHost() == null || bypasses(target.getHost())) {
            return Optional.empty();
        }
        String credentials = settings.user().get() + ":" + settings.password().orElse("");
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
