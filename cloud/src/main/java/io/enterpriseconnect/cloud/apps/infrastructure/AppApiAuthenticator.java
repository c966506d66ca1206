package io.enterpriseconnect.cloud.apps.infrastructure;

import io.enterpriseconnect.cloud.apps.domain.InstallationToken;
import io.enterpriseconnect.cloud.platform.ApiAuthenticator;
import io.enterpriseconnect.cloud.platform.CallerName;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GitHub's header schemes: {@code Bearer <JWT>} authenticates an app; {@code token <ghs_...>} or
 * {@code Bearer <ghs_...>} an installation.
 */
@ApplicationScoped
public class AppApiAuthenticator implements ApiAuthenticator {

    @Inject
    AppDirectory directory;

    @Inject
    @ConfigProperty(name = "cloud.apps.jwt-clock-skew-seconds", defaultValue = "30")
    long clockSkewSeconds;

    private AppJwtVerifier verifier;

    @PostConstruct
    void createVerifier() {
        verifier = new AppJwtVerifier(Duration.ofSeconds(clockSkewSeconds));
    }

    @Override
    public Caller authenticate(String authorizationHeader) {
        String[] parts = authorizationHeader.strip().split("\\s+", 2);
        if (parts.length != 2) {
            throw new CredentialsRefusedException(BAD_CREDENTIALS);
        }
        String scheme = parts[0].toLowerCase(Locale.ROOT);
        String credential = parts[1];
        if ((scheme.equals("token") || scheme.equals("bearer")) && InstallationToken.looksLikeToken(credential)) {
            return installation(credential);
        }
        if (scheme.equals("bearer")) {
            long appId = verifier.verify(credential, directory::keyOf, Instant.now());
            return new Caller(CallerName.app(appId), Set.of(CallerName.APP));
        }
        throw new CredentialsRefusedException(BAD_CREDENTIALS);
    }

    private Caller installation(String token) {
        AppDirectory.LiveToken live = directory.liveToken(InstallationToken.hash(token), Instant.now())
                .orElseThrow(() -> new CredentialsRefusedException(BAD_CREDENTIALS));
        return new Caller(CallerName.installation(live.installationId(), live.tokenId()), Set.of(CallerName.INSTALLATION));
    }
}
