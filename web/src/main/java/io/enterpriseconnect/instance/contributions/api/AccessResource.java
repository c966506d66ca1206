package io.enterpriseconnect.instance.contributions.api;

import io.enterpriseconnect.instance.contributions.access.ContributionAccessService;
import io.enterpriseconnect.instance.contributions.access.domain.ContributionAccessView;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Users can share contribution counts to GitHub.com": the state (the Connect page polls it while a
 * request is pending), Request access and disable, for enterprise owners.
 */
@Path("contributions/access")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unified contributions")
public class AccessResource {

    @EJB
    ContributionAccessService access;

    @GET
    @Operation(summary = "Unified contributions: status (not_requested, pending, enabled, denied), who requested it "
            + "and when, the cloud's decision, and what the caller may do")
    public ContributionAccessView view() {
        return access.view();
    }

    @PUT
    @Operation(summary = "Request access (enterprise owners who connected their own account to the cloud): enabled "
            + "at once on standard terms of service, pending on custom terms until a cloud administrator decides")
    @APIResponse(responseCode = "403", description = "Not an enterprise owner, or the cloud says the owner's cloud "
            + "account does not own the connected account")
    @APIResponse(responseCode = "409", description = "GitHub Connect not connected, own account not connected, or "
            + "already requested")
    public ContributionAccessView request() {
        access.requestAccess();
        return access.view();
    }

    @DELETE
    @Operation(summary = "Disable unified contributions (enterprise owners): every count from this instance is "
            + "deleted on the cloud, at once or, while the cloud cannot be reached, retried until it succeeds")
    public ContributionAccessView disable() {
        access.disable();
        return access.view();
    }
}
