package io.enterpriseconnect.instance.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets for storage with AES-256-GCM. Each sealed value names what it is (its purpose, e.g.
 * {@code connect_credentials.private_key}) as associated data, so a value copied into another column
 * fails to open instead of being used as something else. Format: {@code v1:} + base64(nonce ‖ ciphertext ‖ tag).
 */
public final class SecretBox {

    static final String VERSION = "v1:";
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public SecretBox(SecretKey key) {
        if (key.getEncoded() == null || key.getEncoded().length != KEY_BYTES) {
            throw new IllegalArgumentException("The credentials key must be 256 bits (32 bytes)");
        }
        this.key = key;
    }

    public String seal(String purpose, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, purpose);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    /** @throws TamperedSecretException when the value was altered, sealed for another purpose or with another key */
    public String open(String purpose, String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new TamperedSecretException(purpose);
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new TamperedSecretException(purpose);
        }
        if (in.length <= NONCE_BYTES) {
            throw new TamperedSecretException(purpose);
        }
        try {
            byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, purpose);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new TamperedSecretException(purpose);
        } catch (GeneralSecurityException e) {
            throw new TamperedSecretException(purpose);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A stored secret that does not open: never a partial or wrong plaintext. */
    public static class TamperedSecretException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        TamperedSecretException(String purpose) {
            super("The stored " + purpose + " does not decrypt: it was altered, or sealed with a different "
                    + "credentials key (instance.credentials.key)");
        }
    }
}
