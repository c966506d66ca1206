package io.enterpriseconnect.instance.contributions.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "It's a Secret to Everybody";
    private static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);

    @Test
    void githubsDocumentedExampleVerifies() {
        // The test values of GitHub's "Validating webhook deliveries".
        String header = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
        assertEquals(header, WebhookSignature.sign(SECRET, BODY));
        assertEquals(WebhookSignature.Check.VALID, WebhookSignature.verify(SECRET, BODY, header));
    }

    @Test
    void aMissingHeaderIsUnsigned() {
        assertEquals(WebhookSignature.Check.MISSING, WebhookSignature.verify(SECRET, BODY, null));
        assertEquals(WebhookSignature.Check.MISSING, WebhookSignature.verify(SECRET, BODY, " "));
    }

    @Test
    void otherAlgorithmsAndBrokenHexAreMalformed() {
        assertEquals(WebhookSignature.Check.MALFORMED, WebhookSignature.verify(SECRET, BODY,
                "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59"));
        assertEquals(WebhookSignature.Check.MALFORMED, WebhookSignature.verify(SECRET, BODY, "sha256=" + "z".repeat(64)));
        assertEquals(WebhookSignature.Check.MALFORMED, WebhookSignature.verify(SECRET, BODY, "sha256=abc"));
    }

    @Test
    void anotherSecretOrAChangedBodyDoesNotMatch() {
        String header = WebhookSignature.sign(SECRET, BODY);
        assertEquals(WebhookSignature.Check.MISMATCH, WebhookSignature.verify("another secret", BODY, header));
        assertEquals(WebhookSignature.Check.MISMATCH, WebhookSignature.verify(SECRET,
                "Hello, World?".getBytes(StandardCharsets.UTF_8), header));
    }

    @Test
    void upperCaseHexIsAccepted() {
        String header = WebhookSignature.sign(SECRET, BODY);
        assertEquals(WebhookSignature.Check.VALID, WebhookSignature.verify(SECRET, BODY,
                "sha256=" + header.substring(7).toUpperCase()));
    }
}
