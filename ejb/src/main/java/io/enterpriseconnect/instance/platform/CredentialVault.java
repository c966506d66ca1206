package io.enterpriseconnect.instance.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals and opens the credentials the instance stores (GitHub Connect's private key and tokens).
 * Loaded at start, so that a production instance without a key fails to deploy rather than
 * failing later, mid-connect.
 */
@Startup
@Singleton
@Lock(LockType.READ)
public class CredentialVault {

    @Inject
    @ConfigProperty(name = CredentialKeySource.KEY)
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = CredentialKeySource.KEY_PATH)
    Optional<String> keyPath;

    @Inject
    @ConfigProperty(name = InstanceMode.KEY, defaultValue = "development")
    String mode;

    private SecretBox box;

    @PostConstruct
    void loadKey() {
        Path file = keyPath.filter(p -> !p.isBlank()).map(Path::of)
                .orElseGet(() -> ServerDataDirectory.resolve().resolve("credentials.key"));
        box = new SecretBox(CredentialKeySource.resolve(configuredKey, file, InstanceMode.parse(mode)));
    }

    public String seal(String purpose, String plaintext) {
        return box.seal(purpose, plaintext);
    }

    public String open(String purpose, String sealed) {
        return box.open(purpose, sealed);
    }
}
