package io.enterpriseconnect.instance.connect.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Instant;

/** Hourly, drops the states of trips to the cloud that never came back. Idempotent on any number of nodes. */
@Singleton
public class ExpiredStateTimer {

    @EJB
    JpaAuthorizationRequestRepository requests;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void deleteExpired() {
        requests.deleteExpired(Instant.now(Clock.systemUTC()));
    }
}
