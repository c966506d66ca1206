package io.enterpriseconnect.instance.connect;

import io.enterpriseconnect.instance.accounts.UserDirectory;
import io.enterpriseconnect.instance.license.InstanceLicense;
import io.enterpriseconnect.instance.license.License;
import io.enterpriseconnect.instance.platform.InstanceVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.net.URI;

/** Puts together the instance's report for the cloud's connection record from what is true now. */
@Stateless
@PermitAll
public class ConnectionReports {

    @EJB
    InstanceLicense license;

    @EJB
    UserDirectory users;

    @EJB
    ConnectionStore store;

    /** @param instanceUrl the instance's address, as the cloud sends browsers back to it */
    public ConnectionReport about(String instanceUrl) {
        License current = license.current();
        URI url = URI.create(instanceUrl);
        return new ConnectionReport(current.publicKeyPem(), current.sha256(), current.customerName(), url.getHost(),
                InstanceVersion.get(), "https".equalsIgnoreCase(url.getScheme()),
                store.features().stream().map(f -> new ConnectionReport.Feature(f.getName(), f.getEnabledAt())).toList(),
                users.count());
    }
}
