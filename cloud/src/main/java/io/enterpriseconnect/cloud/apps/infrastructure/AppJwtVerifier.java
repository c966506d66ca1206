package io.enterpriseconnect.cloud.apps.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.enterpriseconnect.cloud.platform.ApiAuthenticator.CredentialsRefusedException;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a GitHub App JWT as GitHub does: RS256 only, signed by the app's key, {@code iss} the app
 * id (a number or a numeric string) or its client id, {@code exp} in the future but at most ten
 * minutes ahead, {@code iat} not in the future. A client sets {@code iat} up to 60 s in the past for
 * drift, so a token may live at most {@value #MAX_LIFETIME_SECONDS} s from {@code iat} to
 * {@code exp}; every bound allows {@code clockSkew}. Refusals carry GitHub's messages.
 */
public class AppJwtVerifier {

    static final long MAX_AHEAD_SECONDS = 600;
    static final long IAT_DRIFT_SECONDS = 60;
    static final long MAX_LIFETIME_SECONDS = MAX_AHEAD_SECONDS + IAT_DRIFT_SECONDS;

    static final String UNDECODABLE = "A JSON web token could not be decoded";
    static final String BAD_ISSUER = "'Issuer' claim ('iss') must be an Integer";
    static final String UNKNOWN_APP = "Integration not found";
    static final String EXPIRED = "'Expiration time' claim ('exp') must be a numeric value representing the future "
            + "time at which the assertion expires";
    static final String TOO_FAR_AHEAD = "'Expiration time' claim ('exp') is too far in the future";
    static final String BAD_ISSUED_AT = "'Issued at' claim ('iat') must be an Integer representing the time that the "
            + "assertion was issued";

    /** Finds an app's verification key by the JWT's issuer. */
    public interface AppKeyLookup {

        Optional<AppKey> find(String issuer);
    }

    public record AppKey(long appId, RSAPublicKey publicKey) {
    }

    private final Duration clockSkew;

    public AppJwtVerifier(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    /** @return the id of the app that signed the token */
    public long verify(String jwt, AppKeyLookup keys, Instant now) {
        SignedJWT token;
        try {
            token = SignedJWT.parse(jwt); // an unsecured ("alg": "none") JWT does not parse as signed
        } catch (ParseException e) {
            throw new CredentialsRefusedException(UNDECODABLE);
        }
        // Read as plain JSON: clients send iss as a number or a string, which JWTClaimsSet would refuse.
        Map<String, Object> claims = token.getPayload().toJSONObject();
        if (claims == null) {
            throw new CredentialsRefusedException(UNDECODABLE);
        }
        if (!JWSAlgorithm.RS256.equals(token.getHeader().getAlgorithm())) {
            throw new CredentialsRefusedException(UNDECODABLE);
        }
        AppKey key = keys.find(issuer(claims)).orElseThrow(() -> new CredentialsRefusedException(UNKNOWN_APP));
        try {
            if (!token.verify(new RSASSAVerifier(key.publicKey()))) {
                throw new CredentialsRefusedException(UNDECODABLE);
            }
        } catch (JOSEException e) {
            throw new CredentialsRefusedException(UNDECODABLE);
        }
        checkTimes(claims, now);
        return key.appId();
    }

    private static String issuer(Map<String, Object> claims) {
        Object iss = claims.get("iss");
        if (iss instanceof Number number) {
            return Long.toString(number.longValue());
        }
        if (iss instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new CredentialsRefusedException(BAD_ISSUER);
    }

    private void checkTimes(Map<String, Object> claims, Instant now) {
        Instant expires = instant(claims.get("exp"), EXPIRED);
        Instant issued = instant(claims.get("iat"), BAD_ISSUED_AT);
        if (!expires.isAfter(now.minus(clockSkew))) {
            throw new CredentialsRefusedException(EXPIRED);
        }
        if (expires.isAfter(now.plusSeconds(MAX_AHEAD_SECONDS).plus(clockSkew))
                || Duration.between(issued, expires).getSeconds() > MAX_LIFETIME_SECONDS + clockSkew.getSeconds()) {
            throw new CredentialsRefusedException(TOO_FAR_AHEAD);
        }
        if (issued.isAfter(now.plus(clockSkew))) {
            throw new CredentialsRefusedException(BAD_ISSUED_AT);
        }
    }

    /** A NumericDate claim: seconds since the epoch. */
    private static Instant instant(Object claim, String message) {
        if (!(claim instanceof Number seconds)) {
            throw new CredentialsRefusedException(message);
        }
        return Instant.ofEpochSecond(seconds.longValue());
    }
}
