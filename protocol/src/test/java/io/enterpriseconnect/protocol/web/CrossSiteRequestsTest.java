package io.enterpriseconnect.protocol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossSiteRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "get"})
    void readsGoAheadFromAnywhere(String method) {
        assertEquals(Optional.empty(), CrossSiteRequests.refusal(method, "cross-site", "https://evil.example", "ec.corp", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site", "Cross-Site"})
    void aChangeFromAnotherSitesPageIsRefused(String fetchSite) {
        assertTrue(CrossSiteRequests.refusal("POST", fetchSite, null, "ec.corp", null).isPresent());
    }

    @Test
    void aChangeFromOwnPagesGoesAhead() {
        assertEquals(Optional.empty(), CrossSiteRequests.refusal("POST", "same-origin", "http://ec.corp:8080", "ec.corp:8080", null));
        assertEquals(Optional.empty(), CrossSiteRequests.refusal("DELETE", "none", null, "ec.corp", null));
    }

    @Test
    void aForeignOriginIsRefusedWhenTheBrowserSendsNoFetchMetadata() {
        assertTrue(CrossSiteRequests.refusal("POST", null, "http://ec.corp:8180", "ec.corp:8080", null).isPresent(),
                "another port is another site");
        assertTrue(CrossSiteRequests.refusal("PUT", null, "null", "ec.corp", null).isPresent(),
                "an opaque origin (sandboxed frame, data: page) is not ours");
        assertTrue(CrossSiteRequests.refusal("POST", null, "https://evil.example", null, null).isPresent());
    }

    @Test
    void theConfiguredPublicAddressCountsAsOwnBehindAProxyThatRewritesHost() {
        assertEquals(Optional.empty(), CrossSiteRequests.refusal("POST", null, "https://ec.corp", "10.0.0.5:8080", "https://ec.corp/"));
        assertTrue(CrossSiteRequests.refusal("POST", null, "http://ec.corp", "10.0.0.5:8080", "https://ec.corp").isPresent(),
                "the scheme is part of the origin");
    }

    @Test
    void scriptsWithoutBrowserHeadersGoAheadOnTheirCredentials() {
        assertEquals(Optional.empty(), CrossSiteRequests.refusal("POST", null, null, "ec.corp", null));
    }

    @Test
    void theRefusalNamesWhatGaveTheRequestAway() {
        assertTrue(CrossSiteRequests.refusal("POST", "cross-site", null, "ec.corp", null).orElseThrow().contains("Sec-Fetch-Site: cross-site"));
        assertTrue(CrossSiteRequests.refusal("POST", null, "https://evil.example", "ec.corp", null).orElseThrow().contains("Origin: https://evil.example"));
    }
}
