package io.enterpriseconnect.cloud.apps.infrastructure;

import io.enterpriseconnect.cloud.apps.AppRemovalService;
import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.cloud.platform.CallerName;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Removes the apps whose instance never took an installation token. Converting a Connect code
 * creates the app and hands its private key over in the same answer; when that answer is lost on
 * its way, nobody holds the key and the instance starts again with a new code, so the app would
 * stay on the owner's account for ever. An instance that received the answer takes a token within
 * seconds, so one that has not after {@code cloud.apps.abandoned-after-minutes} never will.
 * Idempotent, so several cloud nodes may run it.
 */
@Singleton
@RunAs(CallerName.APP)
public class AbandonedInstallationTimer {

    private static final Logger LOG = Logger.getLogger(AbandonedInstallationTimer.class.getName());

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @EJB
    AppRemovalService removal;

    @Inject
    Config config;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void removeAbandoned() {
        Duration age = Duration.ofMinutes(config.getOptionalValue("cloud.apps.abandoned-after-minutes", Long.class)
                .orElse(60L));
        List<Installation> abandoned = em.createNamedQuery("Installation.abandoned", Installation.class)
                .setParameter("before", Instant.now().minus(age)).getResultList();
        for (Installation installation : abandoned) {
            LOG.info(() -> "Removing app " + installation.getApp().getId() + ": its instance never took a token "
                    + "(the answer to its code's conversion was lost)");
            removal.removeAppOf(installation);
        }
    }
}
