package io.enterpriseconnect.instance.contributions.access.infrastructure;

import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.ConnectionState;
import io.enterpriseconnect.instance.connect.infrastructure.JpaCloudConnectionRepository;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsState;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import io.enterpriseconnect.instance.contributions.infrastructure.CloudContributionClient;
import io.enterpriseconnect.instance.contributions.infrastructure.ContributionConfiguration;
import io.enterpriseconnect.instance.contributions.infrastructure.JpaUnifiedContributionsStateRepository;
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
import java.util.Locale;

/**
 * While a request for unified contributions is pending, asks the cloud for the decision every
 * {@code instance.contributions.access-poll-seconds}, so nobody has to reload anything by hand.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessPollTimer {

    static final String DECISION = "unified-contributions-decision";

    @EJB
    JpaUnifiedContributionsStateRepository store;

    @EJB
    JpaCloudConnectionRepository connection;

    @EJB
    AuditService audit;

    @Inject
    CloudContributionClient cloud;

    @EJB
    ContributionConfiguration settings;

    /** Every 5 s: one row read while nothing is pending; the setting spaces the cloud calls. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void poll() {
        checkPending(Instant.now(Clock.systemUTC()), settings.accessPoll());
    }

    /** Asks the cloud about a pending request (at most once per {@code every}) and records its decision. */
    private void checkPending(Instant now, Duration every) {
        UnifiedContributionsState state = store.state();
        if (state.getStatus() != UnifiedContributionsStatus.PENDING
                || connection.connection().getState() != ConnectionState.CONNECTED
                || (state.getCheckedAt() != null && state.getCheckedAt().plus(every).isAfter(now))) {
            return;
        }
        CloudContributionClient.Access answer;
        try {
            answer = cloud.access();
        } catch (CloudCallException | ConflictException e) {
            store.checked(now);
            return;
        }
        UnifiedContributionsStatus decision = UnifiedContributionsStatus.fromCloud(answer.status());
        if (store.recordDecision(decision, answer, now)) {
            audit.record(AuditService.SYSTEM, DECISION, AuditOutcome.SUCCESS, "The cloud "
                    + (decision == UnifiedContributionsStatus.ENABLED ? "enabled" : decision.name().toLowerCase(Locale.ROOT))
                    + " unified contributions" + (answer.decidedBy() == null ? "" : " (" + answer.decidedBy() + ")"));
        }
    }
}
