package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.accounts.AccountService;
import io.enterpriseconnect.instance.connect.domain.InstanceReport;
import io.enterpriseconnect.instance.license.domain.License;
import io.enterpriseconnect.instance.license.infrastructure.InstanceLicense;
import io.enterpriseconnect.instance.platform.InstanceVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.net.URI;

/** Puts together the instance's report for the cloud's connection record from what is true now. */
@Stateless
@PermitAll
public class InstanceReportAssembler {

    @EJB
    InstanceLicense license;

    @EJB
    AccountService users;

    @EJB
    JpaCloudConnectionRepository store;

    /** @param instanceUrl the instance's address, as the cloud sends browsers back to it */
    public InstanceReport about(String instanceUrl) {
        License current = license.current();
        URI url = URI.create(instanceUrl);
        return new InstanceReport(current.publicKeyPem(), current.sha256(), current.customerName(), url.getHost(),
                InstanceVersion.get(), "https".equalsIgnoreCase(url.getScheme()),
                store.features().stream().map(f -> new InstanceReport.Feature(f.getName(), f.getEnabledAt())).toList(),
                users.count());
    }
}
