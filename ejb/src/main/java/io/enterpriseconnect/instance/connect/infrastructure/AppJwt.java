package io.enterpriseconnect.instance.connect.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The JWT a GitHub App authenticates with: RS256, signed with the app's private key, {@code iss} the
 * app id (a number, as GitHub documents it), {@code iat} a minute in the past to allow for clock
 * drift, {@code exp} nine minutes ahead (GitHub refuses more than ten).
 */
public final class AppJwt {

    static final Duration BACKDATED = Duration.ofSeconds(60);
    static final Duration AHEAD = Duration.ofMinutes(9);

    private AppJwt() {
    }

    public static String mint(long appId, PrivateKey key, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("iss", appId)
                .issueTime(Date.from(now.minus(BACKDATED)))
                .expirationTime(Date.from(now.plus(AHEAD)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the app JWT: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
