package io.enterpriseconnect.cloud.apps.infrastructure;

import io.enterpriseconnect.cloud.apps.domain.ConnectApp;
import io.enterpriseconnect.cloud.apps.domain.InstallationToken;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * The lookups that authenticate API callers, before anyone is known (hence open to all): an app's
 * public key by JWT issuer, an installation by token hash.
 */
@Stateless
@PermitAll
public class AppDirectory {

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    /** The app named by a JWT {@code iss}: its numeric id, or its client id. */
    public Optional<AppJwtVerifier.AppKey> keyOf(String issuer) {
        Optional<ConnectApp> app = isNumber(issuer)
                ? Optional.ofNullable(em.find(ConnectApp.class, Long.parseLong(issuer)))
                : em.createNamedQuery("ConnectApp.byClientId", ConnectApp.class).setParameter("clientId", issuer)
                        .getResultStream().findFirst();
        return app.map(a -> new AppJwtVerifier.AppKey(a.getId(), RsaKeyPem.parsePublicKey(a.getPublicKeyPem())));
    }

    /** The unexpired token with this hash. A deleted installation has no tokens left, so it finds nothing. */
    public Optional<LiveToken> liveToken(String tokenHash, Instant now) {
        return em.createNamedQuery("InstallationToken.byHash", InstallationToken.class).setParameter("hash", tokenHash)
                .getResultStream()
                .filter(token -> !token.isExpired(now))
                .findFirst()
                .map(token -> new LiveToken(token.getInstallation().getId(), token.getId()));
    }

    public record LiveToken(long installationId, long tokenId) {
    }

    private static boolean isNumber(String text) {
        return text.length() <= 18 && text.chars().allMatch(Character::isDigit);
    }
}
