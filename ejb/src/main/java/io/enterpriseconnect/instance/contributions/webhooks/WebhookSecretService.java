package io.enterpriseconnect.instance.contributions.webhooks;

import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.contributions.webhooks.domain.WebhookSecret;
import io.enterpriseconnect.instance.platform.CredentialVault;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The secret webhook senders sign deliveries with: {@code instance.webhooks.secret} when set (read
 * on every delivery, so a change applies at once), else one generated on first use and kept sealed
 * in the database, so every node checks against the same secret. Site administrators read it on
 * the sync status page to configure the sender.
 */
@Stateless
public class WebhookSecretService {

    public static final String KEY = "instance.webhooks.secret";
    private static final int GENERATED_BYTES = 32;

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @EJB
    CredentialVault vault;

    @EJB
    WebhookSecretService self;

    @Inject
    Config config;

    /** How the secret is set, and the secret itself when it was generated here. */
    public record Shown(boolean configured, String secret, Instant createdAt) {

        @Override
        public String toString() {
            return "Shown[configured=" + configured + ", createdAt=" + createdAt + "]";
        }
    }

    @PermitAll
    public String current() {
        return configured().orElseGet(() -> stored().orElseGet(() -> {
            try {
                return self.generate();
            } catch (RuntimeException anotherNodeWasFirst) {
                return stored().orElseThrow(() -> anotherNodeWasFirst);
            }
        }));
    }

    @RolesAllowed(Role.SITE_ADMIN)
    public Shown shown() {
        if (configured().isPresent()) {
            return new Shown(true, null, null);
        }
        String secret = current();
        WebhookSecret row = em.find(WebhookSecret.class, WebhookSecret.THE_SECRET);
        return new Shown(false, secret, row == null ? null : row.getCreatedAt());
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String generate() {
        byte[] random = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        em.persist(new WebhookSecret(vault.seal(WebhookSecret.PURPOSE, secret), Instant.now(Clock.systemUTC())));
        em.flush();
        return secret;
    }

    private Optional<String> configured() {
        return config.getOptionalValue(KEY, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }

    private Optional<String> stored() {
        return Optional.ofNullable(em.find(WebhookSecret.class, WebhookSecret.THE_SECRET))
                .map(row -> vault.open(WebhookSecret.PURPOSE, row.getSealedSecret()));
    }
}
