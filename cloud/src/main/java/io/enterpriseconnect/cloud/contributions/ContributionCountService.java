package io.enterpriseconnect.cloud.contributions;

import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.cloud.apps.domain.InstallationRemoved;
import io.enterpriseconnect.cloud.contributions.domain.ContributionAccess;
import io.enterpriseconnect.cloud.contributions.domain.ContributionAccessStatus;
import io.enterpriseconnect.cloud.contributions.domain.CountBatch;
import io.enterpriseconnect.cloud.contributions.domain.CountBatchValidation;
import io.enterpriseconnect.cloud.contributions.infrastructure.CallingInstallation;
import io.enterpriseconnect.cloud.contributions.infrastructure.CountRepositorySelector;
import io.enterpriseconnect.cloud.contributions.infrastructure.JdbcCountRepository;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The counts an installation sends, in one transaction per batch: check that unified contributions
 * are enabled, look up which of the batch's users are linked (one query), validate every entry, then
 * write them all (one or two statements). Setting a count is idempotent, so the instance may re-send
 * a batch, or the past 90 days, at will.
 */
@Stateless
@RolesAllowed(CallerName.INSTALLATION)
public class ContributionCountService {

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource(lookup = "java:jboss/datasources/CloudDS")
    DataSource dataSource;

    @Inject
    CountRepositorySelector stores;

    /** How far ahead of the cloud's clock an instance's "today" may be (UTC midnight on both sides). */
    @Inject
    @ConfigProperty(name = "cloud.contributions.clock-skew-seconds", defaultValue = "300")
    long clockSkewSeconds;

    /**
     * @return the number of entries applied (all of them)
     * @throws RequestRefusedException 403 unless unified contributions are enabled for this installation; 422 naming
     *         every bad entry, in which case nothing is applied
     */
    public int apply(CountBatch batch, String remoteAddress) {
        Installation installation = CallingInstallation.calling(em, session);
        installation.getAccount().requireAllowed(remoteAddress);
        requireEnabled(installation);
        int[] order = batch.orderByUserAndDay();
        try (Connection connection = dataSource.getConnection()) {
            JdbcCountRepository store = stores.forConnection(connection);
            Set<Long> linked = store.linkedUsers(connection, installation.getId(), batch.distinctUserIds());
            CountBatchValidation.check(batch, today(), linked, order);
            store.write(connection, installation.getId(), batch, order);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store contribution counts: " + e.getMessage(), e);
        }
        return batch.size();
    }

    /** A user opted out: their counts from this instance are deleted; the link stays. */
    public void deleteUser(long userId, String remoteAddress) {
        Installation installation = CallingInstallation.calling(em, session);
        installation.getAccount().requireAllowed(remoteAddress);
        try (Connection connection = dataSource.getConnection()) {
            stores.forConnection(connection).deleteUser(connection, installation.getId(), userId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete contribution counts: " + e.getMessage(), e);
        }
    }

    /** A user's counts from an installation, once their link is gone (unlinked, or replaced by another). */
    public void deleteUnlinked(long installationId, long userId) {
        try (Connection connection = dataSource.getConnection()) {
            stores.forConnection(connection).deleteUser(connection, installationId, userId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete contribution counts: " + e.getMessage(), e);
        }
    }

    /** The counts of an installation that is being deleted (its instance was disconnected). */
    @PermitAll
    public void installationRemoved(@Observes InstallationRemoved removed) {
        deleteInstallation(removed.installationId());
    }

    /** Every count from the installation; called when its owner disables unified contributions. */
    public void deleteInstallation(long installationId) {
        try (Connection connection = dataSource.getConnection()) {
            stores.forConnection(connection).deleteInstallation(connection, installationId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete contribution counts: " + e.getMessage(), e);
        }
    }

    private void requireEnabled(Installation installation) {
        ContributionAccessStatus status = em.createNamedQuery("ContributionAccess.ofInstallation", ContributionAccess.class)
                .setParameter("installationId", installation.getId())
                .getResultStream().findFirst().map(ContributionAccess::getStatus).orElse(ContributionAccessStatus.NOT_REQUESTED);
        if (status != ContributionAccessStatus.ENABLED) {
            throw RequestRefusedException.forbidden("Unified contributions are not enabled for " + CallingInstallation.hostname(em, installation)
                    + " (status: " + status.apiName() + "). An enterprise owner requests them with "
                    + "PUT /installation/unified-contributions; counts are accepted once the status is enabled.");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now().plusSeconds(clockSkewSeconds), ZoneOffset.UTC);
    }
}
