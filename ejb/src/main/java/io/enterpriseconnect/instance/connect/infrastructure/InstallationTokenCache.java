package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.connect.domain.AccessToken;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.ConnectCredentials;
import io.enterpriseconnect.instance.platform.ConflictException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The installation token the instance calls the cloud with: the stored one while it has more than
 * {@link #RENEW_BEFORE} left, else a new one minted with the app's JWT. A call the cloud refuses with
 * 401 (the token was revoked, or the clocks disagree) is retried once with a fresh token.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InstallationTokenCache {

    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    @EJB
    JpaCloudConnectionRepository store;

    @Inject
    CloudAppClient cloud;

    public <T> T withToken(Function<String, T> call) {
        try {
            return call.apply(current());
        } catch (CloudCallException e) {
            if (e.status() != 401) {
                throw e;
            }
            return call.apply(renew());
        }
    }

    /** The app's OAuth client id: stored, or read once from the cloud with the app's JWT and kept. */
    public String clientId() {
        ConnectCredentials credentials = store.credentials()
                .orElseThrow(() -> new ConflictException("GitHub Connect is not connected")
                        .as("connect.notConnected"));
        if (credentials.getClientId() != null) {
            return credentials.getClientId();
        }
        String clientId = cloud.clientId(AppJwt.mint(credentials.getAppId(),
                PemPrivateKey.fromPem(store.privateKey(credentials)), Instant.now(Clock.systemUTC())));
        store.storeClientId(credentials.getAppId(), clientId);
        return clientId;
    }

    String current() {
        Instant now = Instant.now(Clock.systemUTC());
        return store.tokenValidUntil(now.plus(RENEW_BEFORE)).orElseGet(this::renew);
    }

    private String renew() {
        ConnectCredentials credentials = store.credentials()
                .orElseThrow(() -> new ConflictException("GitHub Connect is not connected")
                        .as("connect.notConnected"));
        String jwt = AppJwt.mint(credentials.getAppId(), PemPrivateKey.fromPem(store.privateKey(credentials)),
                Instant.now(Clock.systemUTC()));
        AccessToken token = cloud.createToken(jwt, credentials.getInstallationId());
        store.storeToken(credentials.getAppId(), token);
        return token.token();
    }
}
