package io.enterpriseconnect.instance.contributions.api;

import io.enterpriseconnect.instance.contributions.sync.ContributionSyncService;
import io.enterpriseconnect.instance.contributions.sync.domain.SyncStatus;
import io.enterpriseconnect.instance.contributions.webhooks.WebhookSecretService;
import io.enterpriseconnect.instance.contributions.webhooks.domain.WebhookDelivery;
import io.enterpriseconnect.instance.contributions.webhooks.infrastructure.JpaWebhookDeliveryRepository;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contribution sync and the webhook receiver, for site administrators. */
@Path("contributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unified contributions")
public class SyncResource {

    static final int DELIVERIES = 50;

    @EJB
    ContributionSyncService sync;

    @EJB
    WebhookSecretService secrets;

    @EJB
    JpaWebhookDeliveryRepository deliveries;

    public record Delivery(Instant receivedAt, String guid, String event, String action, String outcome, int status,
            int counted, String reason) {
        static Delivery of(WebhookDelivery d) {
            return new Delivery(d.getReceivedAt(), d.getGuid(), d.getEvent(), d.getAction(), d.getOutcome().name(),
                    d.getHttpStatus(), d.getCounted(), d.getReason());
        }
    }

    public record Webhooks(String url, boolean secretConfigured, String secret, List<Delivery> deliveries) {
    }

    @GET
    @Path("sync")
    @Operation(summary = "The sync: the running one with its progress, recent runs, deletions not yet confirmed by "
            + "the cloud, and the schedule")
    public SyncStatus status() {
        return sync.status();
    }

    @POST
    @Path("sync")
    @Operation(summary = "Sync now: starts a sync in the background; while one runs, no second starts")
    @APIResponse(responseCode = "202", description = "Started (or already running); poll GET for progress")
    @APIResponse(responseCode = "409", description = "GitHub Connect not connected, or the feature not enabled")
    public Response syncNow() {
        return Response.accepted(sync.syncNow()).build();
    }

    @GET
    @Path("webhooks")
    @Operation(summary = "The webhook endpoint, its secret (when generated here; a configured one is not shown) and "
            + "the latest deliveries with their outcome")
    public Webhooks webhooks() {
        WebhookSecretService.Shown shown = secrets.shown();
        return new Webhooks("/webhooks/github", shown.configured(), shown.secret(),
                deliveries.latest(DELIVERIES).stream().map(Delivery::of).toList());
    }
}
