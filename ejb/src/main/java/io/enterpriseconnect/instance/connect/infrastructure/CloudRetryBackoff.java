package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.connect.domain.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long a cloud call that failed waits before its next attempt: doubling from a first delay, capped. */
@ApplicationScoped
public class CloudRetryBackoff {

    @Inject
    @ConfigProperty(name = "instance.connect.cleanup.backoff-seconds", defaultValue = "30")
    long backoffSeconds;

    @Inject
    @ConfigProperty(name = "instance.connect.cleanup.max-backoff-seconds", defaultValue = "3600")
    long maxBackoffSeconds;

    public Instant next(int failedAttempts, Instant now) {
        return now.plus(Backoff.after(failedAttempts, Duration.ofSeconds(backoffSeconds),
                Duration.ofSeconds(maxBackoffSeconds)));
    }

}
