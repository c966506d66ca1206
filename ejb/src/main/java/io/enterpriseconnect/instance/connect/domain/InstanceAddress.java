package io.enterpriseconnect.instance.connect.domain;

import io.enterpriseconnect.instance.platform.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * This instance's address as browsers reach it, for the addresses the cloud sends them back to:
 * {@code instance.url} when set (behind a reverse proxy), else the address of the user's request.
 */
public final class InstanceAddress {

    private InstanceAddress() {
    }

    public static String resolve(Optional<String> configured, String requestUrl) {
        String url = configured.filter(u -> !u.isBlank()).orElse(requestUrl);
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("instanceUrl", "is unknown: set instance.url to this instance's address")
                    .as("connect.address.unknown");
        }
        url = url.trim().replaceAll("/+$", "");
        try {
            URI uri = new URI(url);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new InvalidInputException("instanceUrl", "must be an http or https address, not " + url)
                        .as("connect.address.notHttp", url);
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("instanceUrl", "is not an address: " + url).as("connect.address.invalid", url);
        }
        return url;
    }
}
