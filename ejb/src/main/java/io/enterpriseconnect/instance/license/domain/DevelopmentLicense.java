package io.enterpriseconnect.instance.license.domain;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A license for development and evaluation, generated on a first start without a configured one:
 * signed with a key pair made for it (the private half is discarded once it has signed).
 */
public final class DevelopmentLicense {

    static final String CUSTOMER_NAME = "Development instance";
    static final int SEATS = 50;
    static final Duration VALIDITY = Duration.ofDays(365);

    private DevelopmentLicense() {
    }

    public static byte[] generate(Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Instant expires = Instant.now(clock).plus(VALIDITY).truncatedTo(ChronoUnit.SECONDS);
            return License.sign(CUSTOMER_NAME, SEATS, expires, keys.getPublic(), keys.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every Java platform", e);
        }
    }
}
