package io.enterpriseconnect.cloud.contributions;

import io.enterpriseconnect.cloud.apps.Installation;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.Problem;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

/** The source instance behind a call: the installation whose token authenticated it, and its hostname. */
final class Instances {

    private Instances() {
    }

    /** The id of the installation whose token authenticated this call. */
    static long callingId(SessionContext session) {
        return CallerName.installationId(session.getCallerPrincipal().getName()).orElseThrow(Problem::notFound);
    }

    /** The calling installation with its account and app. */
    static Installation calling(EntityManager em, SessionContext session) {
        return em.createQuery("select i from Installation i join fetch i.account join fetch i.app where i.id = :id",
                        Installation.class)
                .setParameter("id", callingId(session))
                .getResultStream().findFirst().orElseThrow(Problem::notFound);
    }

    /**
     * The instance's hostname as its connection record has it (the instance refreshes it): the source
     * label on profiles and the only host a user-linking redirect may go to.
     */
    static String hostname(EntityManager em, Installation installation) {
        return em.createQuery("select r.hostname from ConnectionRecord r where r.installation = :installation",
                        String.class)
                .setParameter("installation", installation)
                .getResultStream().findFirst()
                .orElseGet(() -> installation.getApp().getInstanceHostname());
    }
}
