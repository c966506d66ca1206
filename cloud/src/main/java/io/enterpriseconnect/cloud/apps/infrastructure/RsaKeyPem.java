package io.enterpriseconnect.cloud.apps.infrastructure;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * The app's RSA key pair and its PEM forms. The private key is written as GitHub writes it,
 * PKCS#1 ({@code BEGIN RSA PRIVATE KEY}); the public key as X.509 ({@code BEGIN PUBLIC KEY}).
 */
public final class RsaKeyPem {

    static final int KEY_SIZE = 2048;
    private static final Base64.Encoder PEM_BASE64 = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private RsaKeyPem() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every Java platform", e);
        }
    }

    /** PKCS#1 RSAPrivateKey PEM: the OCTET STRING that Java's PKCS#8 encoding wraps. */
    public static String privateKeyPem(KeyPair keyPair) {
        return pem("RSA PRIVATE KEY", pkcs1(keyPair.getPrivate().getEncoded()));
    }

    public static String publicKeyPem(KeyPair keyPair) {
        return pem("PUBLIC KEY", keyPair.getPublic().getEncoded());
    }

    public static RSAPublicKey parsePublicKey(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA public key", e);
        }
    }

    /**
     * PrivateKeyInfo ::= SEQUENCE { version INTEGER, algorithm AlgorithmIdentifier, privateKey OCTET STRING }:
     * returns the contents of privateKey.
     */
    static byte[] pkcs1(byte[] pkcs8) {
        Der outer = Der.at(pkcs8, 0);
        int offset = outer.contentStart();
        Der version = Der.at(pkcs8, offset);
        Der algorithm = Der.at(pkcs8, version.end());
        Der privateKey = Der.at(pkcs8, algorithm.end());
        if (outer.tag() != 0x30 || privateKey.tag() != 0x04) {
            throw new IllegalArgumentException("Not a PKCS#8 PrivateKeyInfo");
        }
        return Arrays.copyOfRange(pkcs8, privateKey.contentStart(), privateKey.end());
    }

    private static String pem(String type, byte[] der) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("-----BEGIN " + type + "-----\n").getBytes());
        out.writeBytes(PEM_BASE64.encode(der));
        out.writeBytes(("\n-----END " + type + "-----\n").getBytes());
        return out.toString();
    }

    /** One DER tag-length-value header, enough to walk PrivateKeyInfo. */
    private record Der(int tag, int contentStart, int length) {

        static Der at(byte[] data, int offset) {
            int tag = data[offset] & 0xff;
            int first = data[offset + 1] & 0xff;
            if (first < 0x80) {
                return new Der(tag, offset + 2, first);
            }
            int lengthBytes = first & 0x7f;
            int length = 0;
            for (int i = 0; i < lengthBytes; i++) {
                length = (length << 8) | (data[offset + 2 + i] & 0xff);
            }
            return new Der(tag, offset + 2 + lengthBytes, length);
        }

        int end() {
            return contentStart + length;
        }
    }
}
