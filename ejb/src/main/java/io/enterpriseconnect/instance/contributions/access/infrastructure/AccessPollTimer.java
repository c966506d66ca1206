package io.enterpriseconnect.instance.contributions.access.infrastructure;

import io.enterpriseconnect.instance.contributions.access.ContributionAccessService;
import io.enterpriseconnect.instance.contributions.infrastructure.ContributionConfiguration;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Instant;

/**
 * While a request for unified contributions is pending, asks the cloud for the decision every
 * {@code instance.contributions.access-poll-seconds}, so nobody has to reload anything by hand.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessPollTimer {

    @EJB
    ContributionAccessService access;

    @EJB
    ContributionConfiguration settings;

    /** Every 5 s: one row read while nothing is pending; the setting spaces the cloud calls. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void poll() {
        access.checkPending(Instant.now(Clock.systemUTC()), settings.accessPoll());
    }
}
