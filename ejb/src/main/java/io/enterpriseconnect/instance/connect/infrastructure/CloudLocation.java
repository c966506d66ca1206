package io.enterpriseconnect.instance.connect.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * Where the cloud is and how to reach it. Read from MicroProfile Config on every call, so that a
 * changed proxy or address takes effect without redeploying.
 */
@ApplicationScoped
public class CloudLocation {

    static final String DEFAULT_WEB = "http://localhost:8180";
    static final String API_ROOT = "/api/v3";

    @Inject
    Config config;

    /** The cloud's web address, where administrators sign in ({@code instance.cloud.url}). */
    public String web() {
        return trim(config.getOptionalValue("instance.cloud.url", String.class).orElse(DEFAULT_WEB));
    }

    /** The cloud's API root ({@code instance.cloud.api-url}; default: the web address + /api/v3). */
    public String api() {
        return trim(config.getOptionalValue("instance.cloud.api-url", String.class).orElseGet(() -> web() + API_ROOT));
    }

    public URI api(String path) {
        return URI.create(api() + path);
    }

    /** How long one call may take, connecting included ({@code instance.connect.timeout-seconds}). */
    public Duration timeout() {
        return Duration.ofSeconds(config.getOptionalValue("instance.connect.timeout-seconds", Integer.class).orElse(10));
    }

    public ProxyConfiguration proxy() {
        return ProxyConfiguration.from(config);
    }

    private static String trim(String url) {
        return url.trim().replaceAll("/+$", "");
    }
}
