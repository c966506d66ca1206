package io.enterpriseconnect.instance.connect.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboundProxyTest {

    private static ProxyConfiguration proxy(String nonProxyHosts) {
        return new ProxyConfiguration(Optional.of("proxy.internal"), 3128, Optional.of("svc"), Optional.of("pw"),
                List.of(nonProxyHosts.split("\\|")));
    }

    @Test
    void withoutAProxyHostEveryCallGoesDirect() {
        assertEquals(List.of(Proxy.NO_PROXY), new OutboundProxy(ProxyConfiguration.DIRECT).select(URI.create("https://api.github.com/")));
    }

    @Test
    void cloudCallsGoThroughTheConfiguredProxy() {
        Proxy chosen = new OutboundProxy(proxy("")).select(URI.create("https://api.github.com/app")).get(0);
        assertEquals(Proxy.Type.HTTP, chosen.type());
        InetSocketAddress address = (InetSocketAddress) chosen.address();
        assertEquals("proxy.internal", address.getHostString());
        assertEquals(3128, address.getPort());
    }

    @Test
    void nonProxyHostsMatchExactlyOrByWildcardIgnoringCase() {
        OutboundProxy selector = new OutboundProxy(proxy("localhost|*.corp.example|10.*"));
        assertTrue(selector.bypasses("LOCALHOST"));
        assertTrue(selector.bypasses("cloud.corp.example"));
        assertTrue(selector.bypasses("10.1.2.3"));
        assertEquals(false, selector.bypasses("github.com"));
        assertEquals(false, selector.bypasses("corp.example.evil"));
        assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("http://localhost:8180/")));
    }

    @Test
    void settingsReadCommaOrPipeSeparatedPatterns() {
        assertEquals(List.of("a", "b", "c"), List.of("a|b, c".split("[|,]")).stream().map(String::trim).toList());
    }

    @Test
    void theCredentialsGoToTheProxyOnlyAndNeverToHostsReachedDirectly() {
        OutboundProxy selector = new OutboundProxy(proxy("localhost"));
        assertEquals("Basic " + Base64.getEncoder().encodeToString("svc:pw".getBytes(StandardCharsets.UTF_8)),
                selector.authorization(URI.create("https://api.github.com/app")).orElseThrow());
        assertTrue(selector.authorization(URI.create("http://localhost:8180/")).isEmpty());
        assertTrue(new OutboundProxy(ProxyConfiguration.DIRECT).authorization(URI.create("https://api.github.com/")).isEmpty());
    }

    @Test
    void thePasswordNeverShowsInTheSettingsDescription() {
        assertEquals(false, proxy("").toString().contains("pw"));
    }
}
