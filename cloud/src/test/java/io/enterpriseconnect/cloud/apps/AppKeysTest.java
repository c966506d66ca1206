package io.enterpriseconnect.cloud.apps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

class AppKeysTest {

    private static final KeyPair KEYS = AppKeys.generate();

    @Test
    void keysAre2048BitRsa() {
        assertEquals(2048, ((RSAPublicKey) KEYS.getPublic()).getModulus().bitLength());
    }

    @Test
    void privateKeyIsGitHubsPkcs1PemAndStillSigns() throws Exception {
        String pem = AppKeys.privateKeyPem(KEYS);
        assertTrue(pem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"), pem);
        assertTrue(pem.endsWith("-----END RSA PRIVATE KEY-----\n"), pem);
        assertArrayEquals(KEYS.getPrivate().getEncoded(), AppJwts.privateKey(pem).getEncoded());

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(AppJwts.privateKey(pem));
        signer.update("hello".getBytes());
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(AppKeys.parsePublicKey(AppKeys.publicKeyPem(KEYS)));
        verifier.update("hello".getBytes());
        assertTrue(verifier.verify(signer.sign()));
    }

    @Test
    void publicKeyRoundTripsThroughPem() {
        String pem = AppKeys.publicKeyPem(KEYS);
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertEquals(KEYS.getPublic(), AppKeys.parsePublicKey(pem));
    }
}
