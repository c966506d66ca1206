package io.enterpriseconnect.instance.license.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.instance.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LicenseTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aGeneratedDevelopmentLicenseVerifiesAndRunsAYear() {
        License license = License.parse(DevelopmentLicense.generate(NOW), "test");
        assertEquals("Development instance", license.customerName());
        assertEquals(50, license.seats());
        assertEquals(Instant.parse("2027-11-21T10:00:00Z"), license.expiresAt());
        assertTrue(license.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
    }

    @Test
    void theHashIsTheSha256OfTheLicenseFile() {
        byte[] file = DevelopmentLicense.generate(NOW);
        assertEquals(Sha256.hex(file), License.parse(file, "test").sha256());
        assertEquals(64, License.parse(file, "test").sha256().length());
    }

    @Test
    void anEditedLicenseNoLongerVerifies() {
        String file = new String(DevelopmentLicense.generate(NOW), StandardCharsets.ISO_8859_1);
        byte[] moreSeats = file.replace("seats=50", "seats=5000").getBytes(StandardCharsets.ISO_8859_1);
        var refused = assertThrows(InvalidLicenseException.class, () -> License.parse(moreSeats, "edited"));
        assertTrue(refused.getMessage().contains("signature"), refused.getMessage());
    }

    @Test
    void aLicenseSignedByAnotherKeyThanItCarriesIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair carried = generator.generateKeyPair();
        KeyPair signer = generator.generateKeyPair();
        byte[] file = License.sign("Acme", 10, Instant.parse("2027-01-01T00:00:00Z"), carried.getPublic(), signer.getPrivate());
        assertThrows(InvalidLicenseException.class, () -> License.parse(file, "forged"));
    }

    @Test
    void customerNamesOutsideLatin1SurviveTheFile() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        byte[] file = License.sign("株式会社アクメ = Acme: #1", 10, Instant.parse("2027-01-01T00:00:00Z"), keys.getPublic(),
                keys.getPrivate());
        assertEquals("株式会社アクメ = Acme: #1", License.parse(file, "ja").customerName());
    }

    @Test
    void twoDevelopmentLicensesHaveDifferentKeysAndHashes() {
        License one = License.parse(DevelopmentLicense.generate(NOW), "one");
        License two = License.parse(DevelopmentLicense.generate(NOW), "two");
        assertNotEquals(one.publicKeyPem(), two.publicKeyPem());
        assertNotEquals(one.sha256(), two.sha256());
    }

    @Test
    void aMissingFieldIsNamed() {
        var refused = assertThrows(InvalidLicenseException.class,
                () -> License.parse("customer_name=Acme\n".getBytes(StandardCharsets.ISO_8859_1), "partial"));
        assertTrue(refused.getMessage().contains("seats"), refused.getMessage());
    }
}
