package io.enterpriseconnect.instance.license.domain;

import io.enterpriseconnect.instance.platform.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Properties;

/**
 * The instance's license: who it is for, how many seats, until when, signed (SHA256withRSA) by the
 * key whose public half it carries. Stored as a small properties file; its SHA-256 is the file's
 * bytes, so any change to the license changes the hash the cloud sees.
 */
public final class License {

    static final String CUSTOMER_NAME = "customer_name";
    static final String SEATS = "seats";
    static final String EXPIRES_AT = "expires_at";
    static final String PUBLIC_KEY = "public_key";
    static final String SIGNATURE = "signature";

    private final String customerName;
    private final int seats;
    private final Instant expiresAt;
    private final PublicKey publicKey;
    private final byte[] signature;
    private final String sha256;

    private License(String customerName, int seats, Instant expiresAt, PublicKey publicKey, byte[] signature,
            String sha256) {
        this.customerName = customerName;
        this.seats = seats;
        this.expiresAt = expiresAt;
        this.publicKey = publicKey;
        this.signature = signature;
        this.sha256 = sha256;
    }

    /** Signs a new license with the private key matching {@code publicKey}; returns the file's bytes. */
    public static byte[] sign(String customerName, int seats, Instant expiresAt, PublicKey publicKey, PrivateKey signer) {
        validate(customerName, seats);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signer);
            signature.update(signedPart(customerName, seats, expiresAt));
            byte[] signed = signature.sign();
            return ("# Enterprise Connect instance license. Any edit invalidates the signature.\n"
                    + CUSTOMER_NAME + "=" + escape(customerName) + "\n"
                    + SEATS + "=" + seats + "\n"
                    + EXPIRES_AT + "=" + expiresAt + "\n"
                    + PUBLIC_KEY + "=" + Base64.getEncoder().encodeToString(publicKey.getEncoded()) + "\n"
                    + SIGNATURE + "=" + Base64.getEncoder().encodeToString(signed) + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the license: " + e.getMessage(), e);
        }
    }

    /** Reads and verifies a license file; refuses one whose signature does not match its content. */
    public static License parse(byte[] file, String source) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(file, StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String customerName = required(properties, CUSTOMER_NAME, source);
        int seats;
        Instant expiresAt;
        PublicKey publicKey;
        byte[] signature;
        try {
            seats = Integer.parseInt(required(properties, SEATS, source));
            expiresAt = Instant.parse(required(properties, EXPIRES_AT, source));
            publicKey = KeyFactory.getInstance("RSA").generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(required(properties, PUBLIC_KEY, source))));
            signature = Base64.getDecoder().decode(required(properties, SIGNATURE, source));
        } catch (DateTimeParseException | GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidLicenseException(source + ": " + e.getMessage());
        }
        validate(customerName, seats);
        License license = new License(customerName, seats, expiresAt, publicKey, signature, Sha256.hex(file));
        if (!license.signatureMatches()) {
            throw new InvalidLicenseException(source + ": the signature does not match the license; was it edited?");
        }
        return license;
    }

    private boolean signatureMatches() {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(publicKey);
            verifier.update(signedPart(customerName, seats, expiresAt));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** What the signature covers: the terms, one per line (a customer name has no line breaks). */
    private static byte[] signedPart(String customerName, int seats, Instant expiresAt) {
        return (customerName + "\n" + seats + "\n" + expiresAt).getBytes(StandardCharsets.UTF_8);
    }

    private static void validate(String customerName, int seats) {
        if (customerName.isBlank() || customerName.contains("\n") || customerName.contains("\r")
                || customerName.length() > 255) {
            throw new InvalidLicenseException("customer_name must be 1 to 255 characters on one line");
        }
        if (seats < 1) {
            throw new InvalidLicenseException("seats must be at least 1");
        }
    }

    private static String required(Properties properties, String key, String source) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new InvalidLicenseException(source + ": " + key + " is missing");
        }
        return value.trim();
    }

    /** Properties escaping, written by hand so the file stays byte-for-byte what was signed. */
    private static String escape(String value) {
        Properties one = new Properties();
        one.setProperty("k", value);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored = out.toString(StandardCharsets.ISO_8859_1);
        return stored.substring(stored.indexOf("k=") + 2).stripTrailing();
    }

    public String customerName() {
        return customerName;
    }

    public int seats() {
        return seats;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** The public key portion, as PEM (X.509 SubjectPublicKeyInfo). */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** SHA-256 of the license file, lower-case hex. */
    public String sha256() {
        return sha256;
    }
}
