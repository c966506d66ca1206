package io.enterpriseconnect.protocol.meta;

import static io.enterpriseconnect.protocol.Wire.assertRoundTrip;
import static io.enterpriseconnect.protocol.Wire.fromJson;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ApiMetaTest {

    @Test
    void metaHasGitHubsFieldName() {
        assertRoundTrip(new ApiMeta(true), "{\"verifiable_password_authentication\":true}");
    }

    @Test
    void anotherServersJsonLacksTheField() {
        assertNull(fromJson("{\"status\":\"UP\"}", ApiMeta.class).verifiablePasswordAuthentication());
    }
}
