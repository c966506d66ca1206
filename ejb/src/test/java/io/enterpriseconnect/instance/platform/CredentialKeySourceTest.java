package io.enterpriseconnect.instance.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialKeySourceTest {

    @TempDir
    Path data;

    @Test
    void aConfiguredKeyIsUsedAsGiven() {
        byte[] key = new byte[32];
        key[0] = 7;
        SecretKey resolved = CredentialKeySource.resolve(Optional.of(Base64.getEncoder().encodeToString(key)),
                data.resolve("credentials.key"), InstanceMode.PRODUCTION);
        assertArrayEquals(key, resolved.getEncoded());
        assertTrue(Files.notExists(data.resolve("credentials.key")));
    }

    @Test
    void theFirstStartGeneratesAKeyFileOnlyItsOwnerCanReadAndLaterStartsReuseIt() throws Exception {
        Path file = data.resolve("enterprise-connect/credentials.key");
        SecretKey first = CredentialKeySource.resolve(Optional.empty(), file, InstanceMode.DEVELOPMENT);
        SecretKey second = CredentialKeySource.resolve(Optional.empty(), file, InstanceMode.DEVELOPMENT);
        assertEquals(32, first.getEncoded().length);
        assertArrayEquals(first.getEncoded(), second.getEncoded());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void productionRefusesToStartWithoutAConfiguredKey() {
        var refused = assertThrows(IllegalStateException.class,
                () -> CredentialKeySource.resolve(Optional.empty(), data.resolve("credentials.key"), InstanceMode.PRODUCTION));
        assertTrue(refused.getMessage().contains("instance.credentials.key"), refused.getMessage());
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThrows(IllegalStateException.class,
                () -> CredentialKeySource.resolve(Optional.of(short16), data.resolve("k"), InstanceMode.DEVELOPMENT));
    }
}
