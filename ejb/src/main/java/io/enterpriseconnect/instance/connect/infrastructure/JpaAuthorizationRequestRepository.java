package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.connect.ConnectService;
import io.enterpriseconnect.instance.connect.domain.AuthorizationRequest;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import io.enterpriseconnect.instance.platform.Sha256;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and redeems the {@code state} of a trip to the cloud. The plain state exists only in the
 * URL the administrator's browser carries; the database keeps its hash. Roles are checked by
 * {@link ConnectService}, the only caller.
 */
@Stateless
@PermitAll
public class JpaAuthorizationRequestRepository {

    private static final int STATE_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "instance.connect.state-minutes", defaultValue = "15")
    long stateMinutes;

    public Issued issue(String requestedBy, String instanceUrl, Instant now) {
        String state = newState();
        Instant expires = now.plus(Duration.ofMinutes(stateMinutes));
        em.persist(new AuthorizationRequest(Sha256.hex(state), requestedBy, instanceUrl, now, expires));
        return new Issued(state, expires);
    }

    /** Uses the state up (committed with this call, before anything else happens) and returns its request. */
    public AuthorizationRequest redeem(String state, String caller, Instant now) {
        AuthorizationRequest request = em.createNamedQuery(AuthorizationRequest.BY_HASH, AuthorizationRequest.class)
                .setParameter("hash", Sha256.hex(state))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE) // two callbacks with one state: the second sees it used
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("state",
                        "does not match any connection this instance started: start again from the GitHub Connect page")
                        .as("connect.state.unknown"));
        request.redeem(caller, now);
        return request;
    }

    /** Drops states nobody will bring back; a state is worthless once expired. */
    public void deleteExpired(Instant now) {
        em.createQuery("delete from AuthorizationRequest a where a.expiresAt < :now").setParameter("now", now)
                .executeUpdate();
    }

    public static String newState() {
        byte[] bytes = new byte[STATE_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A state for the URL and when it stops working; toString leaves the state out. */
    public record Issued(String state, Instant expiresAt) {

        @Override
        public String toString() {
            return "Issued[expiresAt=" + expiresAt + "]";
        }
    }
}
