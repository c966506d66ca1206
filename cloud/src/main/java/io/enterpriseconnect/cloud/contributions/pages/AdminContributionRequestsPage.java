package io.enterpriseconnect.cloud.contributions.pages;

import io.enterpriseconnect.cloud.contributions.AccessRequestService;
import io.enterpriseconnect.cloud.contributions.domain.AccessRequestRow;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.cloud.platform.pages.PageFlow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Cloud administrators: requests for unified contributions from accounts on custom terms of service,
 * waiting for Approve or Deny, and the latest decisions. View-scoped so that a click finds the row
 * it was rendered from, whatever was requested or decided meanwhile.
 */
@Named("adminContributionRequests")
@ViewScoped
public class AdminContributionRequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/admin/unified-contributions";

    @Inject
    AccessRequestService requests;

    private List<AccessRequestRow> pending;
    private List<AccessRequestRow> decided;

    public List<AccessRequestRow> getPending() {
        if (pending == null) {
            pending = requests.pending();
        }
        return pending;
    }

    public List<AccessRequestRow> getDecided() {
        if (decided == null) {
            decided = requests.recentlyDecided();
        }
        return decided;
    }

    public void approve(long id) {
        decide(id, true);
    }

    public void deny(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean approve) {
        try {
            AccessRequestRow row = requests.decide(id, approve);
            PageFlow.info((approve ? "Approved" : "Denied") + ": unified contributions for " + row.hostname() + " ("
                    + row.accountLogin() + ") are now " + row.status().apiName() + ".");
        } catch (RequestRefusedException problem) {
            PageFlow.info(problem.getMessage());
        }
        PageFlow.redirect(PATH);
    }
}
