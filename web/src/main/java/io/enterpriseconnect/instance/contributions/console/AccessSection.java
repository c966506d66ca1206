package io.enterpriseconnect.instance.contributions.console;

import io.enterpriseconnect.instance.connect.ConnectConflictException;
import io.enterpriseconnect.instance.connect.cloud.CloudCallException;
import io.enterpriseconnect.instance.connect.console.ConsoleMessages;
import io.enterpriseconnect.instance.contributions.AccessStatus;
import io.enterpriseconnect.instance.contributions.NotOwnerOnCloudException;
import io.enterpriseconnect.instance.contributions.access.AccessView;
import io.enterpriseconnect.instance.contributions.access.UnifiedContributions;
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
    UnifiedContributions access;

    @Inject
    ConsoleMessages messages;

    private AccessView view;

    public AccessView getView() {
        if (view == null) {
            view = access.view();
        }
        return view;
    }

    public String requestAccess() {
        try {
            AccessView after = access.requestAccess();
            messages.info(messages.text(after.status() == AccessStatus.ENABLED ? "contributions.access.enabledNow"
                    : "contributions.access.pendingNow"));
        } catch (ConnectConflictException | NotOwnerOnCloudException | CloudCallException e) {
            messages.error(e.getMessage());
        }
        return CONNECT_PAGE;
    }

    public String disable() {
        try {
            AccessView after = access.disable();
            messages.info(messages.text(after.pendingDeletions() > 0 ? "contributions.access.disabledPending"
                    : "contributions.access.disabled"));
        } catch (ConnectConflictException e) {
            messages.error(e.getMessage());
        }
        return CONNECT_PAGE;
    }
}
