package io.enterpriseconnect.instance.license.infrastructure;

import io.enterpriseconnect.instance.license.domain.DevelopmentLicense;
import io.enterpriseconnect.instance.license.domain.License;
import io.enterpriseconnect.instance.platform.InstanceMode;
import io.enterpriseconnect.instance.platform.ServerDataDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The license this instance runs under: the file at {@code instance.license.path}, or (outside
 * production) a development license generated on the first start in the server's data directory.
 * Read at start, so an invalid license fails the deployment, and read again when the file changes,
 * so a renewed license reaches the cloud's connection record without a restart.
 */
@Startup
@Singleton
public class InstanceLicense {

    public static final String PATH_KEY = "instance.license.path";
    private static final Logger LOG = Logger.getLogger(InstanceLicense.class.getName());

    @Inject
    @ConfigProperty(name = PATH_KEY)
    Optional<String> configuredPath;

    @Inject
    @ConfigProperty(name = InstanceMode.KEY, defaultValue = "development")
    String mode;

    private Path file;
    private FileTime readAt;
    private License current;

    @PostConstruct
    void load() {
        if (configuredPath.filter(p -> !p.isBlank()).isPresent()) {
            file = Path.of(configuredPath.get());
        } else if (InstanceMode.parse(mode) == InstanceMode.PRODUCTION) {
            throw new IllegalStateException("instance.mode=production needs " + PATH_KEY
                    + ": the path of this instance's license file. Refusing to start without it.");
        } else {
            file = ServerDataDirectory.resolve().resolve("development-license.properties");
            generateIfMissing(file);
        }
        current();
    }

    @Lock(LockType.WRITE)
    public License current() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (current == null || !modified.equals(readAt)) {
                current = License.parse(Files.readAllBytes(file), file.toString());
                readAt = modified;
            }
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the license " + file, e);
        }
    }

    private static void generateIfMissing(Path file) {
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, DevelopmentLicense.generate(Clock.systemUTC()), StandardOpenOption.CREATE_NEW);
            LOG.warning(() -> "Generated a development license " + file + " (development mode). Set " + PATH_KEY
                    + " to this instance's license file in production.");
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            // the other node's license is as good
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the development license " + file, e);
        }
    }
}
