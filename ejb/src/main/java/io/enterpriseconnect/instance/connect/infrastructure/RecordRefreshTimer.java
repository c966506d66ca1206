package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.CloudConnection;
import io.enterpriseconnect.instance.connect.domain.ConnectionState;
import io.enterpriseconnect.instance.connect.domain.InstanceReport;
import io.enterpriseconnect.instance.connect.domain.RefreshSchedule;
import io.enterpriseconnect.instance.platform.ConflictException;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the cloud's connection record current: weekly, counted from when Connect was enabled, and
 * within minutes of a change (license, version, seats, features). The timer runs on every node; the
 * conditional update in {@link JpaCloudConnectionRepository#claimRefresh} lets exactly one send each refresh.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordRefreshTimer {

    static final String ACTION = "record-refresh";
    /** How long a node may take to send; also how long to wait after a failure before the next try. */
    static final Duration LEASE = Duration.ofMinutes(30);

    @EJB
    JpaCloudConnectionRepository store;

    @EJB
    InstanceReportAssembler reports;

    @EJB
    InstallationTokenCache tokens;

    @EJB
    AuditService audit;

    @Inject
    CloudAppClient cloud;

    @Inject
    @ConfigProperty(name = "instance.connect.record.refresh-days", defaultValue = "7")
    long refreshDays;

    /** Every five minutes: a change reaches the cloud soon, and an idle check is one row read. */
    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void refreshIfDue() {
        CloudConnection connection = store.connection();
        if (connection.getState() != ConnectionState.CONNECTED) {
            return;
        }
        Instant now = Instant.now(Clock.systemUTC());
        InstanceReport report = reports.about(connection.getInstanceUrl());
        if (!store.claimRefresh(now, report.digest(), now.plus(LEASE))) {
            return;
        }
        try {
            tokens.withToken(token -> {
                cloud.putConnectionRecord(token, report.toJson());
                return null;
            });
            store.refreshed(now, report.digest(), nextAfter(connection.getEnabledAt(), now));
            audit.record(AuditService.SYSTEM, ACTION, AuditOutcome.SUCCESS, "Sent the connection record to the cloud");
        } catch (CloudCallException | ConflictException e) {
            // The lease stays until it runs out: the next try is LEASE from now.
            audit.record(AuditService.SYSTEM, ACTION, AuditOutcome.FAILURE, e.getMessage() + "; retrying after " + now.plus(LEASE));
        }
    }

    Instant nextAfter(Instant enabledAt, Instant now) {
        return RefreshSchedule.nextAfter(enabledAt, Duration.ofDays(refreshDays), now);
    }
}
