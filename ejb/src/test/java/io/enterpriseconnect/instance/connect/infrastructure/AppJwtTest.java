package io.enterpriseconnect.instance.connect.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppJwtTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static KeyPair keys;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void theJwtIsRs256SignedByTheAppKeyWithTheAppIdAsANumericIssuer() throws Exception {
        SignedJWT jwt = SignedJWT.parse(AppJwt.mint(12345, keys.getPrivate(), NOW));
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertTrue(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic())));
        assertEquals(12345L, ((Number) jwt.getPayload().toJSONObject().get("iss")).longValue());
    }

    @Test
    void issuedAtIsAMinuteBackAndExpiryWithinTenMinutes() throws Exception {
        // Read as plain JSON: a numeric iss is what GitHub documents, and more than JWTClaimsSet accepts.
        var claims = SignedJWT.parse(AppJwt.mint(1, keys.getPrivate(), NOW)).getPayload().toJSONObject();
        Instant issued = Instant.ofEpochSecond(((Number) claims.get("iat")).longValue());
        Instant expires = Instant.ofEpochSecond(((Number) claims.get("exp")).longValue());
        assertEquals(NOW.minusSeconds(60), issued);
        assertTrue(expires.isAfter(NOW));
        assertTrue(!expires.isAfter(NOW.plus(Duration.ofMinutes(10))), expires::toString);
        assertTrue(Duration.between(issued, expires).getSeconds() <= 660);
    }

    @Test
    void gitHubsPkcs1PemAndPkcs8PemBothSign() throws Exception {
        String pkcs8 = pem("PRIVATE KEY", keys.getPrivate().getEncoded());
        // PKCS#1 is the OCTET STRING inside the PKCS#8 structure: its last bytes, after the 26-byte header.
        byte[] der = keys.getPrivate().getEncoded();
        byte[] pkcs1 = java.util.Arrays.copyOfRange(der, 26, der.length);
        String github = pem("RSA PRIVATE KEY", pkcs1);
        for (String pem : new String[] {pkcs8, github}) {
            SignedJWT jwt = SignedJWT.parse(AppJwt.mint(7, PemPrivateKey.fromPem(pem), NOW));
            assertTrue(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic())));
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
