package io.enterpriseconnect.cloud.apps;

import io.enterpriseconnect.system.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cloud module's {@link ConnectFlowChecks}, against the cloud WAR deployed on the test server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CloudConnectFlowIT extends ConnectFlowChecks {

    @Deployment(testable = false)
    static WebArchive cloudWar() {
        return Deployments.cloud();
    }
}
