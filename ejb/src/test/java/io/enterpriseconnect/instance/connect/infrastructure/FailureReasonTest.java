package io.enterpriseconnect.instance.connect.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FailureReasonTest {

    private static final URI API = URI.create("https://api.cloud.example/app");
    private static final ProxyConfiguration PROXY = new ProxyConfiguration(Optional.of("proxy.internal"), 3128, Optional.empty(),
            Optional.empty(), List.of());

    private static IOException wrapped(Throwable cause) {
        ConnectException outer = new ConnectException();
        outer.initCause(cause);
        return outer;
    }

    @Test
    void anUnknownHostIsADnsFailureNamingTheHost() {
        assertEquals("DNS: cannot resolve api.cloud.example",
                FailureReason.of(wrapped(new UnresolvedAddressException()), API, ProxyConfiguration.DIRECT));
        assertEquals("DNS: cannot resolve the proxy host proxy.internal",
                FailureReason.of(wrapped(new UnresolvedAddressException()), API, PROXY));
    }

    @Test
    void aRefusedConnectionNamesWhoRefused() {
        // What the JDK's HttpClient throws for a refused connection: ConnectException over ConnectException over a closed channel.
        IOException refused = wrapped(wrapped(new java.nio.channels.ClosedChannelException()));
        assertEquals("connection refused by api.cloud.example port 443", FailureReason.of(refused, API, ProxyConfiguration.DIRECT));
        assertEquals("connection refused by the proxy proxy.internal:3128",
                FailureReason.of(wrapped(new ConnectException("Connection refused")), API, PROXY));
    }

    @Test
    void tlsAndTimeoutsAreNamed() {
        assertTrue(FailureReason.of(new SSLHandshakeException("PKIX path building failed"), API, ProxyConfiguration.DIRECT)
                .startsWith("TLS: PKIX"));
        assertEquals("timed out connecting to api.cloud.example",
                FailureReason.of(new HttpConnectTimeoutException("timed out"), API, ProxyConfiguration.DIRECT));
    }

    @Test
    void proxyAuthenticationIsNamedByStatusAndByTheClientsGivingUp() {
        assertTrue(FailureReason.ofStatus(407).startsWith("proxy authentication required (HTTP 407)"));
        assertTrue(FailureReason.of(new IOException("too many authentication attempts. Limit: 3"), API, PROXY)
                .startsWith("proxy authentication failed at proxy.internal:3128"));
        assertEquals("HTTP 503", FailureReason.ofStatus(503));
    }
}
