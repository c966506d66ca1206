package io.enterpriseconnect.cloud.apps.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.cloud.apps.AppJwts;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

class RsaKeyPemTest {

    private static final KeyPair KEYS = RsaKeyPem.generate();

    @Test
    void keysAre2048BitRsa() {
        assertEquals(2048, ((RSAPublicKey) KEYS.getPublic()).getModulus().bitLength());
    }

    @Test
    void privateKeyIsGitHubsPkcs1PemAndStillSigns() throws Exception {
        String pem = RsaKeyPem.privateKeyPem(KEYS);
        assertTrue(pem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"), pem);
        assertTrue(pem.endsWith("-----END RSA PRIVATE KEY-----\n"), pem);
        assertArrayEquals(KEYS.getPrivate().getEncoded(), AppJwts.privateKey(pem).getEncoded());

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(AppJwts.privateKey(pem));
        signer.update("hello".getBytes());
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(RsaKeyPem.parsePublicKey(RsaKeyPem.publicKeyPem(KEYS)));
        verifier.update("hello".getBytes());
        assertTrue(verifier.verify(signer.sign()));
    }

    @Test
    void publicKeyRoundTripsThroughPem() {
        String pem = RsaKeyPem.publicKeyPem(KEYS);
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertEquals(KEYS.getPublic(), RsaKeyPem.parsePublicKey(pem));
    }
}
