package io.enterpriseconnect.cloud.apps;

import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.apps.domain.ConnectApp;
import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.cloud.apps.domain.InstanceConnected;
import io.enterpriseconnect.cloud.apps.domain.ManifestCode;
import io.enterpriseconnect.cloud.apps.infrastructure.RsaKeyPem;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.cloud.platform.SecureToken;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code POST /app-manifests/{code}/conversions}: the instance trades the code for its app. The app
 * is created here, not at the Connect click, so that its private key is generated and handed over in
 * one step and the cloud never holds it. The code is the credential (no other authentication, as on
 * GitHub); the account's IP allow list applies to the instance's address.
 */
@Stateless
@PermitAll
public class ManifestConversionService {

    static final String APP_NAME_PREFIX = "Enterprise Connect ";

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Inject
    Event<InstanceConnected> connected;

    public Conversion convert(String code, String remoteAddress) {
        Instant now = Instant.now();
        ManifestCode manifest = em.createNamedQuery("ManifestCode.byHash", ManifestCode.class)
                .setParameter("hash", ManifestCode.hash(code))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE) // two conversions of one code: the second waits, then fails
                .getResultStream().findFirst()
                .filter(m -> m.isRedeemable(now))
                .orElseThrow(RequestRefusedException::notFound);
        Account account = manifest.getAccount();
        ConnectAuthorizationService.requireInvoiced(account);
        account.requireAllowed(remoteAddress);
        manifest.markUsed(now);

        KeyPair keys = RsaKeyPem.generate();
        String clientSecret = SecureToken.hex(20);
        String webhookSecret = SecureToken.hex(20);
        ConnectApp app = new ConnectApp(account, slug(manifest.getHostname()), APP_NAME_PREFIX + manifest.getHostname(),
                manifest.getHostname(), "Iv1." + SecureToken.hex(8), SecureToken.sha256(clientSecret), webhookSecret,
                RsaKeyPem.publicKeyPem(keys), now);
        em.persist(app);
        Installation installation = new Installation(app, account, now);
        em.persist(installation);
        connected.fire(new InstanceConnected(installation, manifest.getHostname(), manifest.getVersion(),
                manifest.getCustomerName(), manifest.getCreatedBy()));
        return new Conversion(app, clientSecret, webhookSecret, RsaKeyPem.privateKeyPem(keys));
    }

    /** The app, and the secrets that exist in plain form only in this response. */
    public record Conversion(ConnectApp app, String clientSecret, String webhookSecret, String pem) {
    }

    /** {@code enterprise-connect-ghe-example-com-1a2b3c}: readable, and unique without a lookup. */
    static String slug(String hostname) {
        String readable = hostname.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (readable.length() > 40) {
            readable = readable.substring(0, 40);
        }
        return "enterprise-connect-" + (readable.isEmpty() ? "" : readable + "-") + SecureToken.hex(3);
    }
}
