package io.enterpriseconnect.cloud.apps;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/** Mints app JWTs the way an instance (or any GitHub App client) does, for tests. */
public final class AppJwts {

    private AppJwts() {
    }

    public static String jwt(Object issuer, PrivateKey key, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("iss", issuer)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** GitHub's recommended claims: iat 60 s in the past, exp 10 minutes ahead. */
    public static String jwt(long appId, PrivateKey key) {
        Instant now = Instant.now();
        return jwt(Long.toString(appId), key, now.minusSeconds(60), now.plusSeconds(540));
    }

    /**
     * Reads the PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}) that GitHub and the cloud hand out, by
     * wrapping it in the PKCS#8 structure Java reads: what every Java client of the API does.
     */
    public static PrivateKey privateKey(String pkcs1Pem) {
        byte[] pkcs1 = Base64.getMimeDecoder().decode(pkcs1Pem.replaceAll("-----[A-Z ]+-----", ""));
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01,
                0x01, 0x01, 0x05, 0x00};
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octets = concat(derHeader(0x04, pkcs1.length), pkcs1);
        byte[] body = concat(version, algorithm, octets);
        byte[] pkcs8 = concat(derHeader(0x30, body.length), body);
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a PKCS#1 RSA private key", e);
        }
    }

    private static byte[] derHeader(int tag, int length) {
        if (length < 0x80) {
            return new byte[] {(byte) tag, (byte) length};
        }
        if (length < 0x100) {
            return new byte[] {(byte) tag, (byte) 0x81, (byte) length};
        }
        return new byte[] {(byte) tag, (byte) 0x82, (byte) (length >> 8), (byte) length};
    }

    private static byte[] concat(byte[]... parts) {
        int total = 0;
        for (byte[] part : parts) {
            total += part.length;
        }
        byte[] out = new byte[total];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
