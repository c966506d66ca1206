package io.enterpriseconnect.instance.contributions.console;

import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.console.ConsoleView;
import io.enterpriseconnect.instance.contributions.access.ContributionAccessService;
import io.enterpriseconnect.instance.contributions.access.domain.ContributionAccessView;
import io.enterpriseconnect.instance.contributions.domain.NotOwnerOnCloudException;
import io.enterpriseconnect.instance.contributions.domain.UnifiedContributionsStatus;
import io.enterpriseconnect.instance.platform.ConflictException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Connect page's "Users can share contribution counts to GitHub.com": the status for everyone,
 * Request access and disable for enterprise owners. While a request is pending the page polls
 * {@code GET /api/contributions/access} and reloads itself when the cloud has decided.
 */
@Named("contributionsAccess")
@RequestScoped
public class AccessSection {

    static final String CONNECT_PAGE = "/admin/connect.xhtml?faces-redirect=true";

    @EJB
    ContributionAccessService access;

    @Inject
    ConsoleView messages;

    private ContributionAccessView view;

    public ContributionAccessView getView() {
        if (view == null) {
            view = access.view();
        }
        return view;
    }

    public String requestAccess() {
        try {
            messages.info(messages.text(access.requestAccess() == UnifiedContributionsStatus.ENABLED ? "contributions.access.enabledNow"
                    : "contributions.access.pendingNow"));
        } catch (ConflictException | NotOwnerOnCloudException | CloudCallException e) {
            messages.problem(e);
        }
        return CONNECT_PAGE;
    }

    public String disable() {
        try {
            messages.info(messages.text(access.disable() ? "contributions.access.disabledPending"
                    : "contributions.access.disabled"));
        } catch (ConflictException e) {
            messages.problem(e);
        }
        return CONNECT_PAGE;
    }
}
