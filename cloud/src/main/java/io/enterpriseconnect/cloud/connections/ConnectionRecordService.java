package io.enterpriseconnect.cloud.connections;

import io.enterpriseconnect.cloud.accounts.CloudAccountService;
import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.apps.AppRemovalService;
import io.enterpriseconnect.cloud.apps.domain.InstallationToken;
import io.enterpriseconnect.cloud.apps.domain.InstanceConnected;
import io.enterpriseconnect.cloud.connections.domain.ConnectionRecord;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.protocol.connections.ConnectionReport;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Connection records: created when an instance connects, refreshed by the instance, seen and removed by owners. */
@Stateless
@RolesAllowed(CallerName.USER)
public class ConnectionRecordService {

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CloudAccountService accounts;

    @Inject
    AppRemovalService removal;

    /** Records the connection in the transaction that created the app and installation (the code's holder). */
    @PermitAll
    public void recordConnection(@Observes InstanceConnected connected) {
        em.persist(new ConnectionRecord(connected.installation(), connected.hostname(), connected.version(),
                connected.customerName(), connected.connectedBy(), Instant.now()));
    }

    /** The record of the calling installation. */
    @RolesAllowed(CallerName.INSTALLATION)
    public ConnectionRecord current() {
        long installationId = CallerName.installationId(caller()).orElseThrow(RequestRefusedException::notFound);
        return em.createQuery("select r from ConnectionRecord r join fetch r.account join fetch r.installation "
                        + "where r.installation.id = :id", ConnectionRecord.class)
                .setParameter("id", installationId)
                .getResultStream().findFirst().orElseThrow(RequestRefusedException::notFound);
    }

    /**
     * Takes the instance's report, from an address the account's IP allow list permits, and remembers
     * (the hash of) the token it came with.
     */
    @RolesAllowed(CallerName.INSTALLATION)
    public ConnectionRecord refresh(ConnectionReport report, String remoteAddress) {
        ConnectionRecord record = current();
        record.getAccount().requireAllowed(remoteAddress);
        long tokenId = CallerName.tokenId(caller()).orElseThrow(RequestRefusedException::notFound);
        InstallationToken token = em.find(InstallationToken.class, tokenId);
        if (token == null) {
            throw RequestRefusedException.unauthorized("Bad credentials");
        }
        record.refresh(report, token.getTokenHash(), Instant.now());
        return record;
    }

    /** The instances connected to an account the caller owns. */
    public List<ConnectionRecord> ofAccount(String accountLogin) {
        Account account = accounts.ownedAccount(accountLogin);
        return em.createQuery("select r from ConnectionRecord r join fetch r.installation i join fetch i.app "
                        + "where r.account = :account order by r.connectedAt", ConnectionRecord.class)
                .setParameter("account", account)
                .getResultList();
    }

    /**
     * An owner disconnects an instance: the app and its installation are deleted, so the instance's
     * private key and tokens stop working at once.
     */
    public void remove(String accountLogin, long recordId) {
        Account account = accounts.ownedAccount(accountLogin);
        ConnectionRecord record = em.createQuery("select r from ConnectionRecord r join fetch r.installation "
                        + "where r.id = :id and r.account = :account", ConnectionRecord.class)
                .setParameter("id", recordId).setParameter("account", account)
                .getResultStream().findFirst().orElseThrow(RequestRefusedException::notFound);
        removal.removeAppOf(record.getInstallation());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
