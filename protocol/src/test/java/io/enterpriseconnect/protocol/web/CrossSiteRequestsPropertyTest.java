package io.enterpriseconnect.protocol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The web-edge rule against headers nobody chose: arbitrary and hostile strings in every header. */
class CrossSiteRequestsPropertyTest {

    @Property
    void aReadIsNeverRefusedWhateverItsHeadersSay(@ForAll("safeMethods") String method, @ForAll("headers") String fetchSite,
                                                  @ForAll("headers") String origin, @ForAll("headers") String host) {
        assertEquals(Optional.empty(), CrossSiteRequests.refusal(method, fetchSite, origin, host, null));
    }

    @Property
    void aChangeTheBrowserMarksAsFromElsewhereIsAlwaysRefused(@ForAll("unsafeMethods") String method,
                                                              @ForAll("foreignFetchSites") String fetchSite,
                                                              @ForAll("headers") String origin, @ForAll("headers") String host) {
        assertTrue(CrossSiteRequests.refusal(method, fetchSite, origin, host, "https://ec.corp").isPresent());
    }

    @Property
    void anyHeadersGetAnAnswerNeverAnException(@ForAll("headers") String method, @ForAll("headers") String fetchSite,
                                               @ForAll("headers") String origin, @ForAll("headers") String host,
                                               @ForAll("headers") String publicOrigin) {
        CrossSiteRequests.refusal(method, fetchSite, origin, host, publicOrigin);
    }

    @Provide
    Arbitrary<String> safeMethods() {
        return Arbitraries.of("GET", "HEAD", "OPTIONS", "get", "Head");
    }

    @Provide
    Arbitrary<String> unsafeMethods() {
        return Arbitraries.of("POST", "PUT", "DELETE", "PATCH", "post", "PROPFIND");
    }

    @Provide
    Arbitrary<String> foreignFetchSites() {
        return Arbitraries.oneOf(Arbitraries.of("cross-site", "same-site", "CROSS-SITE", " same-site "),
                Arbitraries.strings().ofMaxLength(20).filter(s -> !s.trim().equalsIgnoreCase("same-origin")
                        && !s.trim().equalsIgnoreCase("none")));
    }

    @Provide
    Arbitrary<String> headers() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60), Arbitraries.of(null, "", "null",
                "http://[::1", "https://ec.corp:99999", "javascript:alert(1)", "//evil.example", "http://ec.corp%00.evil"));
    }
}
