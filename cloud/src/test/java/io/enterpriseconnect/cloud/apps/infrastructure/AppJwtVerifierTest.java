package io.enterpriseconnect.cloud.apps.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.enterpriseconnect.cloud.apps.AppJwts;
import io.enterpriseconnect.cloud.platform.ApiAuthenticator.CredentialsRefusedException;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppJwtVerifierTest {

    private static final long APP_ID = 7;
    private static final KeyPair APP_KEYS = RsaKeyPem.generate();
    private static final KeyPair OTHER_KEYS = RsaKeyPem.generate();
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final AppJwtVerifier verifier = new AppJwtVerifier(Duration.ofSeconds(30));
    private final AppJwtVerifier.AppKeyLookup keys = issuer -> issuer.equals("7") || issuer.equals("Iv1.abc")
            ? Optional.of(new AppJwtVerifier.AppKey(APP_ID, (RSAPublicKey) APP_KEYS.getPublic()))
            : Optional.empty();

    @Test
    void githubsRecommendedTokenIsAccepted() {
        String jwt = AppJwts.jwt("7", APP_KEYS.getPrivate(), NOW.minusSeconds(60), NOW.plusSeconds(540));
        assertEquals(APP_ID, verifier.verify(jwt, keys, NOW));
    }

    @Test
    void numericIssuerAndClientIdIssuerAreAccepted() {
        assertEquals(APP_ID, verifier.verify(AppJwts.jwt(7L, APP_KEYS.getPrivate(), NOW, NOW.plusSeconds(60)), keys, NOW));
        assertEquals(APP_ID, verifier.verify(
                AppJwts.jwt("Iv1.abc", APP_KEYS.getPrivate(), NOW, NOW.plusSeconds(60)), keys, NOW));
    }

    @Test
    void tokenIsReusableUntilItExpires() {
        String jwt = AppJwts.jwt("7", APP_KEYS.getPrivate(), NOW.minusSeconds(60), NOW.plusSeconds(540));
        assertEquals(APP_ID, verifier.verify(jwt, keys, NOW.plusSeconds(500)));
    }

    @Test
    void forgedSignatureIsRefused() {
        String jwt = AppJwts.jwt("7", OTHER_KEYS.getPrivate(), NOW, NOW.plusSeconds(300));
        assertRefused(AppJwtVerifier.UNDECODABLE, jwt);
    }

    @Test
    void tamperedClaimsAreRefused() {
        String jwt = AppJwts.jwt("7", APP_KEYS.getPrivate(), NOW, NOW.plusSeconds(300));
        String[] parts = jwt.split("\\.");
        String otherClaims = AppJwts.jwt("7", APP_KEYS.getPrivate(), NOW, NOW.plusSeconds(400)).split("\\.")[1];
        assertRefused(AppJwtVerifier.UNDECODABLE, parts[0] + "." + otherClaims + "." + parts[2]);
    }

    @Test
    void expiredTokenIsRefused() {
        assertRefused(AppJwtVerifier.EXPIRED,
                AppJwts.jwt("7", APP_KEYS.getPrivate(), NOW.minusSeconds(700), NOW.minusSeconds(100)));
    }

    @Test
    void expiryWithinClockSkewIsTolerated() {
        String jwt = AppJwts.jwt("7", APP_KEYS.getPrivate(), NOW.minusSeconds(600), NOW.minusSeconds(10));
        assertEquals(APP_ID, verifier.verify(jwt, keys, NOW));
    }

    @Test
    void expiryMoreThanTenMinutesAheadIsRefused() {
        assertRefused(AppJwtVerifier.TOO_FAR_AHEAD,
                AppJwts.jwt("7", APP_KEYS.getPrivate(), NOW, NOW.plusSeconds(600 + 31)));
    }

    @Test
    void lifetimeBeyondElevenMinutesIsRefusedEvenIfExpiryIsNear() {
        assertRefused(AppJwtVerifier.TOO_FAR_AHEAD,
                AppJwts.jwt("7", APP_KEYS.getPrivate(), NOW.minusSeconds(3600), NOW.plusSeconds(60)));
    }

    @Test
    void issuedInTheFutureIsRefused() {
        assertRefused(AppJwtVerifier.BAD_ISSUED_AT,
                AppJwts.jwt("7", APP_KEYS.getPrivate(), NOW.plusSeconds(120), NOW.plusSeconds(300)));
    }

    @Test
    void missingTimesAreRefused() throws Exception {
        SignedJWT noExp = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder().issuer("7").issueTime(Date.from(NOW)).build());
        noExp.sign(new com.nimbusds.jose.crypto.RSASSASigner(APP_KEYS.getPrivate()));
        assertRefused(AppJwtVerifier.EXPIRED, noExp.serialize());
    }

    @Test
    void wrongKeyForTheIssuerIsRefused() {
        // Signed by a real key, but not the one registered for app 7.
        String jwt = AppJwts.jwt("7", OTHER_KEYS.getPrivate(), NOW.minusSeconds(60), NOW.plusSeconds(300));
        assertRefused(AppJwtVerifier.UNDECODABLE, jwt);
    }

    @Test
    void unknownAppIsRefused() {
        assertRefused(AppJwtVerifier.UNKNOWN_APP, AppJwts.jwt("8", APP_KEYS.getPrivate(), NOW, NOW.plusSeconds(300)));
    }

    @Test
    void missingIssuerIsRefused() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(60))).build());
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(APP_KEYS.getPrivate()));
        assertRefused(AppJwtVerifier.BAD_ISSUER, jwt.serialize());
    }

    @Test
    void algNoneIsRefused() {
        String unsecured = new PlainJWT(new JWTClaimsSet.Builder().issuer("7").issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(300))).build()).serialize();
        assertRefused(AppJwtVerifier.UNDECODABLE, unsecured);
    }

    @Test
    void symmetricAlgorithmIsRefusedEvenWithThePublicKeyAsSecret() throws Exception {
        // The classic confusion attack: HS256 keyed with the (public) RSA key.
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().issuer("7")
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(300))).build());
        jwt.sign(new MACSigner(RsaKeyPem.publicKeyPem(APP_KEYS).repeat(2).getBytes()));
        assertRefused(AppJwtVerifier.UNDECODABLE, jwt.serialize());
    }

    @Test
    void garbageIsRefused() {
        assertRefused(AppJwtVerifier.UNDECODABLE, "not-a-jwt");
        assertRefused(AppJwtVerifier.UNDECODABLE, "a.b.c");
    }

    private void assertRefused(String message, String jwt) {
        CredentialsRefusedException refused = assertThrows(CredentialsRefusedException.class, () -> verifier.verify(jwt, keys, NOW));
        assertEquals(message, refused.getMessage());
    }
}
