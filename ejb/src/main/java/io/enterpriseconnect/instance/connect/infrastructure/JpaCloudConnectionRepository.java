package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.connect.ConnectService;
import io.enterpriseconnect.instance.connect.domain.AccessToken;
import io.enterpriseconnect.instance.connect.domain.AppGrant;
import io.enterpriseconnect.instance.connect.domain.CloudConnection;
import io.enterpriseconnect.instance.connect.domain.ConnectCredentials;
import io.enterpriseconnect.instance.connect.domain.ConnectDisconnected;
import io.enterpriseconnect.instance.connect.domain.ConnectFeature;
import io.enterpriseconnect.instance.connect.domain.ConnectionState;
import io.enterpriseconnect.instance.connect.domain.PendingCleanup;
import io.enterpriseconnect.instance.platform.ConflictException;
import io.enterpriseconnect.instance.platform.CredentialVault;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The connection's state changes in the database, each one transaction: enabling, recording a
 * connection with its sealed credentials, and the disconnect that wipes them. Row locks on the one
 * connection row keep two administrators (or two nodes) from interleaving. Roles are checked by
 * {@link ConnectService}.
 */
@Stateless
@PermitAll
public class JpaCloudConnectionRepository {

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @EJB
    CredentialVault vault;

    @Inject
    Event<ConnectDisconnected> disconnected;

    public CloudConnection connection() {
        return em.find(CloudConnection.class, CloudConnection.THE_CONNECTION);
    }

    public Optional<ConnectCredentials> credentials() {
        return Optional.ofNullable(em.find(ConnectCredentials.class, ConnectCredentials.THE_CREDENTIALS));
    }

    public List<ConnectFeature> features() {
        return em.createQuery("select f from ConnectFeature f order by f.name", ConnectFeature.class).getResultList();
    }

    public void enable(String by, Instant at) {
        CloudConnection connection = locked();
        if (connection.getState() != ConnectionState.NOT_ENABLED) {
            throw new ConflictException("GitHub Connect is already enabled").as("connect.alreadyEnabled");
        }
        connection.enable(by, at);
    }

    /** Refuses to start a connection unless Connect is enabled and not connected yet. */
    public void requireEnabledNotConnected() {
        ConnectionState state = connection().getState();
        if (state == ConnectionState.NOT_ENABLED) {
            throw new ConflictException("Enable GitHub Connect first").as("connect.enableFirst");
        }
        if (state == ConnectionState.CONNECTED) {
            throw new ConflictException("GitHub Connect is already connected; disable it before connecting "
                    + "another account").as("connect.alreadyConnected");
        }
    }

    /** Stores the app's credentials (sealed) and marks the instance connected, in one transaction. */
    public void connected(AppGrant grant, long installationId, AccessToken token, String instanceUrl, String by,
            Instant at, String recordDigest, Instant nextRefresh) {
        CloudConnection connection = locked();
        if (connection.getState() != ConnectionState.ENABLED) {
            throw new ConflictException("GitHub Connect changed while connecting (now " + connection.getState()
                    + "); the new app is being removed from the cloud")
                    .as("connect.changedWhileConnecting", connection.getState());
        }
        ConnectCredentials credentials = new ConnectCredentials(grant.appId(), grant.slug(), grant.clientId(),
                installationId, vault.seal(ConnectCredentials.PRIVATE_KEY, grant.pem()),
                vault.seal(ConnectCredentials.WEBHOOK_SECRET, grant.webhookSecret()), at);
        credentials.token(vault.seal(ConnectCredentials.ACCESS_TOKEN, token.token()), token.expiresAt());
        em.persist(credentials);
        connection.connect(instanceUrl, grant.ownerLogin(), grant.ownerType(), by, at);
        connection.recordSent(at, recordDigest, nextRefresh);
    }

    /**
     * Wipes the local credentials and returns Connect to "not enabled", in one transaction. The
     * sealed private key moves to a cleanup row, the only way left to delete the app on the cloud.
     *
     * @return the cleanup to attempt, if there was an app
     */
    public Optional<Long> disconnect(String by, Instant at) {
        CloudConnection connection = locked();
        Optional<Long> cleanup = credentials().map(credentials -> {
            PendingCleanup pending = new PendingCleanup(credentials.getAppId(), credentials.getInstallationId(),
                    vault.seal(PendingCleanup.PRIVATE_KEY,
                            vault.open(ConnectCredentials.PRIVATE_KEY, credentials.getSealedPrivateKey())), by, at);
            em.persist(pending);
            em.remove(credentials);
            em.flush();
            return pending.getId();
        });
        connection.disable();
        em.createQuery("delete from ConnectFeature f").executeUpdate();
        disconnected.fire(new ConnectDisconnected(by, at));
        return cleanup;
    }

    /** Turns a GitHub Connect feature on (reported in the connection record), or keeps its first date. */
    public void enableFeature(String name, String by, Instant at) {
        if (em.find(ConnectFeature.class, name) == null) {
            em.persist(new ConnectFeature(name, by, at));
        }
    }

    public void disableFeature(String name) {
        em.createQuery("delete from ConnectFeature f where f.name = :name").setParameter("name", name).executeUpdate();
    }

    /** Keeps the app's client id once read from the cloud. */
    public void storeClientId(long appId, String clientId) {
        credentials().filter(c -> c.getAppId() == appId).ifPresent(c -> c.clientId(clientId));
    }

    /** The app's private key, opened for minting a JWT. */
    public String privateKey(ConnectCredentials credentials) {
        return vault.open(ConnectCredentials.PRIVATE_KEY, credentials.getSealedPrivateKey());
    }

    /** The stored installation token, if it is still good until {@code usableUntil}. */
    public Optional<String> tokenValidUntil(Instant usableUntil) {
        return credentials()
                .filter(c -> c.getSealedAccessToken() != null && c.getTokenExpiresAt().isAfter(usableUntil))
                .map(c -> vault.open(ConnectCredentials.ACCESS_TOKEN, c.getSealedAccessToken()));
    }

    public void storeToken(long appId, AccessToken token) {
        credentials().filter(c -> c.getAppId() == appId)
                .ifPresent(c -> c.token(vault.seal(ConnectCredentials.ACCESS_TOKEN, token.token()), token.expiresAt()));
    }

    /**
     * Takes the right to send the connection record for {@code lease}, if it is due (the week is up
     * or the report changed) and no other node holds it: a conditional update, so of two nodes
     * running the same timer exactly one gets 1 row.
     */
    public boolean claimRefresh(Instant now, String digest, Instant leaseUntil) {
        return em.createQuery("update CloudConnection c set c.refreshLeaseUntil = :until where c.id = :id"
                        + " and c.state = :connected"
                        + " and (c.refreshLeaseUntil is null or c.refreshLeaseUntil < :now)"
                        + " and (c.recordNextRefreshAt is null or c.recordNextRefreshAt <= :now"
                        + " or c.recordDigest is null or c.recordDigest <> :digest)")
                .setParameter("until", leaseUntil)
                .setParameter("id", CloudConnection.THE_CONNECTION)
                .setParameter("connected", ConnectionState.CONNECTED)
                .setParameter("now", now)
                .setParameter("digest", digest)
                .executeUpdate() == 1;
    }

    /** The record went out: remember what and when, schedule the next, and let the lease go. */
    public void refreshed(Instant at, String digest, Instant next) {
        em.createQuery("update CloudConnection c set c.recordRefreshedAt = :at, c.recordDigest = :digest,"
                        + " c.recordNextRefreshAt = :next, c.refreshLeaseUntil = null"
                        + " where c.id = :id and c.state = :connected")
                .setParameter("at", at)
                .setParameter("digest", digest)
                .setParameter("next", next)
                .setParameter("id", CloudConnection.THE_CONNECTION)
                .setParameter("connected", ConnectionState.CONNECTED)
                .executeUpdate();
    }

    private CloudConnection locked() {
        return em.find(CloudConnection.class, CloudConnection.THE_CONNECTION, LockModeType.PESSIMISTIC_WRITE);
    }
}
