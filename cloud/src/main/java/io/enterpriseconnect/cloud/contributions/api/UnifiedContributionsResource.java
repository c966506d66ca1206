package io.enterpriseconnect.cloud.contributions.api;

import io.enterpriseconnect.cloud.contributions.AccessRequestService;
import io.enterpriseconnect.cloud.contributions.domain.ContributionAccess;
import io.enterpriseconnect.cloud.contributions.domain.ContributionAccessStatus;
import io.enterpriseconnect.cloud.contributions.domain.InstallationAccess;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.api.GitHubTime;
import io.enterpriseconnect.protocol.contributions.AccessRequest;
import io.enterpriseconnect.protocol.contributions.UnifiedContributionsAccess;
import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the calling instance may share contribution counts: requested, decided, disabled. */
@Path("/installation/unified-contributions")
@RolesAllowed(CallerName.INSTALLATION)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contributions")
@SecurityRequirement(name = "installationToken")
public class UnifiedContributionsResource {

    @Inject
    AccessRequestService requests;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Where this instance's request for unified contributions stands",
            description = "status: not_requested, pending, enabled or denied")
    public UnifiedContributionsAccess status() {
        return status(requests.status());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request unified contributions for this instance",
            description = "The named cloud user must own the connected account. Under standard terms of service the "
                    + "answer is enabled at once; under custom terms it stays pending until a cloud administrator "
                    + "approves or denies it. Repeating the request while pending or enabled changes nothing.")
    @APIResponse(responseCode = "200", description = "The status after the request")
    @APIResponse(responseCode = "403", description = "The named user does not own the connected account",
            content = @Content(schema = @Schema(implementation = GitHubError.class)))
    @APIResponse(responseCode = "422", description = "No requested_by_user_id",
            content = @Content(schema = @Schema(implementation = GitHubError.class)))
    public UnifiedContributionsAccess request(@NotNull @Valid AccessRequest body) {
        return status(requests.request(body.requestedByUserId(), request.getRemoteAddr()));
    }

    @DELETE
    @Operation(summary = "Disable unified contributions for this instance: every count it sent is deleted")
    @APIResponse(responseCode = "204", description = "Disabled")
    public Response disable() {
        requests.disable(request.getRemoteAddr());
        return Response.noContent().build();
    }

    /** Where the installation's request stands; absent times are left out. */
    static UnifiedContributionsAccess status(InstallationAccess view) {
        ContributionAccess access = view.access();
        if (access == null) {
            return new UnifiedContributionsAccess(ContributionAccessStatus.NOT_REQUESTED.apiName(), view.terms().apiName(), null,
                    null, null, null, null);
        }
        return new UnifiedContributionsAccess(access.getStatus().apiName(), view.terms().apiName(),
                access.getRequestedBy(), GitHubTime.of(access.getRequestedAt()), access.getDecidedBy(),
                GitHubTime.of(access.getDecidedAt()), GitHubTime.of(access.getUpdatedAt()));
    }
}
