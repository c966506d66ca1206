package io.enterpriseconnect.instance.contributions.console;

import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.console.ConsoleView;
import io.enterpriseconnect.instance.contributions.sync.ContributionSyncService;
import io.enterpriseconnect.instance.contributions.sync.domain.SyncStatus;
import io.enterpriseconnect.instance.contributions.webhooks.WebhookSecretService;
import io.enterpriseconnect.instance.contributions.webhooks.domain.WebhookDelivery;
import io.enterpriseconnect.instance.contributions.webhooks.infrastructure.JpaWebhookDeliveryRepository;
import io.enterpriseconnect.instance.platform.ConflictException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Sync status (site administrators): the running sync with a progress bar the page keeps current
 * from {@code GET /api/contributions/sync}, the history, deletions not confirmed yet, Sync now, and
 * the webhook endpoint with its secret and latest deliveries.
 */
@Named("syncPage")
@RequestScoped
public class SyncPage {

    static final String SELF = "/admin/contributions/sync.xhtml?faces-redirect=true";
    private static final int DELIVERIES = 20;

    @EJB
    ContributionSyncService sync;

    @EJB
    WebhookSecretService secrets;

    @EJB
    JpaWebhookDeliveryRepository deliveries;

    @Inject
    ConsoleView messages;

    @Inject
    FacesContext faces;

    private SyncStatus status;
    private WebhookSecretService.Shown secret;
    private List<WebhookDelivery> latest;

    public boolean isAllowed() {
        return faces.getExternalContext().isUserInRole(Role.SITE_ADMIN);
    }

    public SyncStatus getStatus() {
        if (status == null && isAllowed()) {
            status = sync.status();
        }
        return status;
    }

    public String syncNow() {
        try {
            sync.syncNow();
            messages.info(messages.text("sync.started"));
        } catch (ConflictException e) {
            messages.problem(e);
        }
        return SELF;
    }

    public WebhookSecretService.Shown getSecret() {
        if (secret == null && isAllowed()) {
            secret = secrets.shown();
        }
        return secret;
    }

    public List<WebhookDelivery> getDeliveries() {
        if (latest == null) {
            latest = isAllowed() ? deliveries.latest(DELIVERIES) : List.of();
        }
        return latest;
    }

    /** The address to give webhook senders. */
    public String getWebhookUrl() {
        return messages.instanceUrl() + "/webhooks/github";
    }
}
