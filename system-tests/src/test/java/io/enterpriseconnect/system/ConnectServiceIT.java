package io.enterpriseconnect.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.instance.accounts.AccountService;
import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.connect.ConnectService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the deployed instance: the schema, the first administrator and the EJBs' security. */
@ExtendWith(ArquillianExtension.class)
class ConnectServiceIT {

    @Deployment
    static EnterpriseArchive instance() {
        EnterpriseArchive ear = Deployments.instance();
        ear.getAsType(WebArchive.class, Deployments.INSTANCE_WEB_MODULE).addClass(ConnectServiceIT.class);
        return ear;
    }

    @EJB
    ConnectService connect;

    @EJB
    AccountService users;

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @Test
    void theChangelogCreatedTheConnectionAsNotEnabled() {
        Object state = em.createNativeQuery("select state from cloud_connection where id = 1").getSingleResult();
        assertEquals("NOT_ENABLED", state);
    }

    @Test
    void theFirstStartCreatedASiteAdministrator() {
        assertTrue(users.anyoneHas(Role.SITE_ADMIN));
        assertTrue(users.find("admin").orElseThrow().getRoles().contains(Role.SITE_ADMIN));
    }

    @Test
    void theConnectStateIsRefusedToCallersWhoAreNotSignedIn() {
        assertThrows(EJBAccessException.class, () -> connect.status());
    }
}
