package io.enterpriseconnect.instance.connect.infrastructure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The outbound web proxy for every call to the cloud ({@code instance.proxy.*}); no host means
 * direct connections. {@code non-proxy-hosts} are host names or patterns with a leading or
 * trailing {@code *}, separated by {@code |} or {@code ,} (as in Java's {@code http.nonProxyHosts}).
 */
public record ProxyConfiguration(Optional<String> host, int port, Optional<String> user, Optional<String> password,
        List<String> nonProxyHosts) {

    static final int DEFAULT_PORT = 3128;

    public static final ProxyConfiguration DIRECT = new ProxyConfiguration(Optional.empty(), DEFAULT_PORT, Optional.empty(),
            Optional.empty(), List.of());

    public static ProxyConfiguration from(Config config) {
        Optional<String> host = text(config, "instance.proxy.host");
        int port = config.getOptionalValue("instance.proxy.port", Integer.class).orElse(DEFAULT_PORT);
        List<String> bypass = text(config, "instance.proxy.non-proxy-hosts")
                .map(patterns -> Arrays.stream(patterns.split("[|,]")).map(String::trim).filter(p -> !p.isEmpty()).toList())
                .orElse(List.of());
        return new ProxyConfiguration(host, port, text(config, "instance.proxy.user"), text(config, "instance.proxy.password"),
                bypass);
    }

    public boolean enabled() {
        return host.isPresent();
    }

    /** "proxy.example.com:3128", for messages; never the credentials. */
    public String address() {
        return host.map(h -> h + ":" + port).orElse("none");
    }

    @Override
    public String toString() {
        return "ProxyConfiguration[" + address() + (user.isPresent() ? ", user " + user.get() + ", password set" : "")
                + ", non-proxy hosts " + nonProxyHosts + "]";
    }

    private static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }
}
