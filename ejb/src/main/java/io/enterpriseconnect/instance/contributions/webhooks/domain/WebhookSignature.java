package io.enterpriseconnect.instance.contributions.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * GitHub's {@code X-Hub-Signature-256}: {@code sha256=} and the lower-case hex HMAC-SHA256 of the
 * raw body with the shared secret. Compared in constant time, so the time taken reveals nothing
 * about how much of a forged signature was right.
 */
public final class WebhookSignature {

    static final String PREFIX = "sha256=";
    private static final int HEX_LENGTH = 64;

    /** Why a delivery's signature is not accepted, or that it is. */
    public enum Check {
        VALID("signed with the webhook secret"),
        MISSING("unsigned: no X-Hub-Signature-256 header"),
        MALFORMED("X-Hub-Signature-256 is not 'sha256=' followed by 64 hex digits"),
        MISMATCH("X-Hub-Signature-256 does not match the body: signed with another secret, or the body was changed");

        private final String reason;

        Check(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private WebhookSignature() {
    }

    public static Check verify(String secret, byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return Check.MISSING;
        }
        String value = header.trim();
        if (!value.startsWith(PREFIX) || value.length() != PREFIX.length() + HEX_LENGTH) {
            return Check.MALFORMED;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Check.MALFORMED;
        }
        return MessageDigest.isEqual(hmac(secret, body), claimed) ? Check.VALID : Check.MISMATCH;
    }

    /** The header value a sender puts on {@code body}. */
    public static String sign(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
