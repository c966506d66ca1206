package io.enterpriseconnect.cloud.contributions.infrastructure;

import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

/** The source instance behind a call: the installation whose token authenticated it, and its hostname. */
public final class CallingInstallation {

    private CallingInstallation() {
    }

    /** The id of the installation whose token authenticated this call. */
    static long callingId(SessionContext session) {
        return CallerName.installationId(session.getCallerPrincipal().getName()).orElseThrow(RequestRefusedException::notFound);
    }

    /** The calling installation with its account and app. */
    public static Installation calling(EntityManager em, SessionContext session) {
        return em.createQuery("select i from Installation i join fetch i.account join fetch i.app where i.id = :id",
                        Installation.class)
                .setParameter("id", callingId(session))
                .getResultStream().findFirst().orElseThrow(RequestRefusedException::notFound);
    }

    /**
     * The instance's hostname as its connection record has it (the instance refreshes it): the source
     * label on profiles and the only host a user-linking redirect may go to.
     */
    public static String hostname(EntityManager em, Installation installation) {
        return em.createQuery("select r.hostname from ConnectionRecord r where r.installation = :installation",
                        String.class)
                .setParameter("installation", installation)
                .getResultStream().findFirst()
                .orElseGet(() -> installation.getApp().getInstanceHostname());
    }
}
