package io.enterpriseconnect.cloud.apps;

import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.cloud.apps.domain.InstallationRemoved;
import io.enterpriseconnect.cloud.platform.CallerName;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Deletes a Connect app with everything that hangs off it. A Connect app exists for its one
 * installation, so removing the installation removes the app: the database cascades to the
 * installation, its tokens and the connection record, and the instance's JWTs and tokens stop
 * working with this transaction's commit. What is kept without a foreign key hears of it first
 * ({@link InstallationRemoved}). Callers check who may remove what.
 */
@Stateless
@RolesAllowed({CallerName.APP, CallerName.USER})
public class AppRemovalService {

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Inject
    Event<InstallationRemoved> removed;

    public void removeAppOf(Installation installation) {
        removed.fire(new InstallationRemoved(installation.getId()));
        em.createQuery("delete from ConnectApp a where a.id = :id")
                .setParameter("id", installation.getApp().getId())
                .executeUpdate();
    }
}
