package io.enterpriseconnect.instance.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds the key that seals stored credentials: {@code instance.credentials.key} (base64 of 32 bytes)
 * when configured; otherwise, outside production, the key file, generated on the first start. The
 * database holds only sealed values, so a database backup without this key reveals no credential.
 */
public final class CredentialKeySource {

    public static final String KEY = "instance.credentials.key";
    public static final String KEY_PATH = "instance.credentials.key-path";
    private static final Logger LOG = Logger.getLogger(CredentialKeySource.class.getName());

    private CredentialKeySource() {
    }

    public static SecretKey resolve(Optional<String> configured, Path keyFile, InstanceMode mode) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return decode(configured.get(), KEY);
        }
        if (mode == InstanceMode.PRODUCTION) {
            throw new IllegalStateException("instance.mode=production needs " + KEY + ": the base64 of 32 random bytes, "
                    + "e.g. from 'openssl rand -base64 32'. Refusing to start without it.");
        }
        try {
            if (!Files.exists(keyFile)) {
                generate(keyFile);
            }
            return decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim(), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the credentials key " + keyFile, e);
        }
    }

    private static void generate(Path keyFile) throws IOException {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        try {
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            return;
        }
        if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        }
        LOG.warning(() -> "Generated the credentials key " + keyFile + " (development mode). Back it up with the "
                + "database: stored GitHub Connect credentials cannot be read without it. In production set "
                + KEY + " instead.");
    }

    private static SecretKey decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (key.length != SecretBox.KEY_BYTES) {
            throw new IllegalStateException(source + " must be 32 bytes (256 bits), base64-encoded; it has " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
