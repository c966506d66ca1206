package io.enterpriseconnect.cloud.apps;

import io.enterpriseconnect.cloud.apps.domain.ConnectApp;
import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.cloud.apps.domain.InstallationToken;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What an app (JWT) or an installation (token) may do through the GitHub-compatible API. */
@Stateless
@RolesAllowed(CallerName.APP)
public class AppService {

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AppRemovalService removal;

    @Inject
    @ConfigProperty(name = "cloud.apps.installation-token-minutes", defaultValue = "60")
    long tokenMinutes;

    /** The calling app, with its owner. */
    public ConnectApp app() {
        return em.createQuery("select a from ConnectApp a join fetch a.owner where a.id = :id", ConnectApp.class)
                .setParameter("id", callerAppId())
                .getResultStream().findFirst().orElseThrow(RequestRefusedException::notFound);
    }

    public List<Installation> installations() {
        return em.createNamedQuery("Installation.ofApp", Installation.class).setParameter("appId", callerAppId())
                .getResultList();
    }

    /** One of the calling app's installations; any other id is 404, as on GitHub. */
    public Installation installation(long installationId) {
        return em.createQuery("select i from Installation i join fetch i.account join fetch i.app a join fetch a.owner "
                        + "where i.id = :id and a.id = :appId", Installation.class)
                .setParameter("id", installationId).setParameter("appId", callerAppId())
                .getResultStream().findFirst().orElseThrow(RequestRefusedException::notFound);
    }

    /** How many installations the calling app has (GitHub's {@code installations_count}). */
    public int installationCount() {
        return em.createQuery("select count(i) from Installation i where i.app.id = :appId", Long.class)
                .setParameter("appId", callerAppId()).getSingleResult().intValue();
    }

    /** A new installation token, from an address the account's IP allow list permits. */
    public InstallationToken.Issued createToken(long installationId, String remoteAddress) {
        Installation installation = installation(installationId);
        installation.getAccount().requireAllowed(remoteAddress);
        Instant now = Instant.now();
        InstallationToken.Issued issued = InstallationToken.issue(installation, now, Duration.ofMinutes(tokenMinutes));
        em.persist(issued.stored());
        installation.tokenIssued(now);
        return issued;
    }

    public void deleteInstallation(long installationId) {
        removal.removeAppOf(installation(installationId));
    }

    /** Revokes the token this request authenticated with ({@code DELETE /installation/token}). */
    @RolesAllowed(CallerName.INSTALLATION)
    public void revokeCallerToken() {
        long tokenId = CallerName.tokenId(session.getCallerPrincipal().getName()).orElseThrow(RequestRefusedException::notFound);
        em.createQuery("delete from InstallationToken t where t.id = :id").setParameter("id", tokenId).executeUpdate();
    }

    private long callerAppId() {
        return CallerName.appId(session.getCallerPrincipal().getName())
                .orElseThrow(() -> RequestRefusedException.forbidden("Resource not accessible by integration"));
    }
}
