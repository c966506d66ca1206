package io.enterpriseconnect.instance.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----\n";

    private static SecretBox box() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretBox(new SecretKeySpec(key, "AES"));
    }

    @Test
    void aSealedSecretOpensToTheSameText() {
        SecretBox box = box();
        assertEquals(PEM, box.open("private_key", box.seal("private_key", PEM)));
    }

    @Test
    void theSealedFormRevealsNothingOfTheSecretAndDiffersEachTime() {
        SecretBox box = box();
        String once = box.seal("private_key", PEM);
        assertTrue(once.startsWith("v1:"));
        assertFalse(once.contains("PRIVATE KEY"));
        assertNotEquals(once, box.seal("private_key", PEM), "a fresh nonce every time");
    }

    @Test
    void anAlteredValueIsRefusedRatherThanOpenedWrongly() {
        SecretBox box = box();
        byte[] sealed = Base64.getDecoder().decode(box.seal("private_key", PEM).substring(3));
        sealed[sealed.length / 2] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(sealed);
        assertThrows(SecretBox.TamperedSecretException.class, () -> box.open("private_key", tampered));
    }

    @Test
    void aValueMovedToAnotherColumnDoesNotOpen() {
        SecretBox box = box();
        String token = box.seal("access_token", "ghs_secret");
        assertThrows(SecretBox.TamperedSecretException.class, () -> box.open("private_key", token));
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = box().seal("private_key", PEM);
        assertThrows(SecretBox.TamperedSecretException.class, () -> box().open("private_key", sealed));
    }

    @Test
    void garbageIsRefused() {
        assertThrows(SecretBox.TamperedSecretException.class, () -> box().open("private_key", "v1:not base64!"));
        assertThrows(SecretBox.TamperedSecretException.class, () -> box().open("private_key", "plain text"));
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(new SecretKeySpec(new byte[16], "AES")));
    }
}
