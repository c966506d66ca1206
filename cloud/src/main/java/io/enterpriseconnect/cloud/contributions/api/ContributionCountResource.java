package io.enterpriseconnect.cloud.contributions.api;

import io.enterpriseconnect.cloud.contributions.ContributionCountService;
import io.enterpriseconnect.cloud.contributions.domain.CountBatch;
import io.enterpriseconnect.cloud.contributions.infrastructure.CountBatchReader;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.protocol.contributions.ContributionCountBatch;
import io.enterpriseconnect.protocol.contributions.ContributionCountBatchResult;
import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The daily counts the calling instance sends for its linked users. */
@Path("/installation/contributions")
@RolesAllowed(CallerName.INSTALLATION)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contributions")
@SecurityRequirement(name = "installationToken")
public class ContributionCountResource {

    @Inject
    ContributionCountService counts;

    @Context
    HttpServletRequest request;

    /** Read as a stream rather than bound to objects: a batch can hold thousands of entries. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set daily contribution counts (idempotent)",
            description = "Body: {\"batch_id\": UUID, \"counts\": [{\"user_id\", \"day\": \"YYYY-MM-DD\" (UTC), \"count\"}]}, "
                    + "at most " + CountBatch.MAX_ENTRIES + " entries. Each entry sets the count of that linked user on "
                    + "that day from this instance (0 deletes it). Any bad entry refuses the whole batch.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContributionCountBatch.class)))
    @APIResponse(responseCode = "200", description = "Applied: {\"batch_id\", \"applied\"}")
    @APIResponse(responseCode = "403", description = "Unified contributions are not enabled for this instance",
            content = @Content(schema = @Schema(implementation = GitHubError.class)))
    @APIResponse(responseCode = "422", description = "Bad entries, each named as counts[i].field; nothing applied",
            content = @Content(schema = @Schema(implementation = GitHubError.class)))
    public ContributionCountBatchResult apply(InputStream body) {
        CountBatch batch = CountBatchReader.read(body);
        return new ContributionCountBatchResult(batch.batchId(), counts.apply(batch, request.getRemoteAddr()));
    }

    @DELETE
    @Path("/users/{user_id}")
    @Operation(summary = "Delete one user's counts from this instance (the user opted out); the link stays")
    @APIResponse(responseCode = "204", description = "Deleted (also when there was nothing to delete)")
    public Response deleteUser(@PathParam("user_id") long userId) {
        counts.deleteUser(userId, request.getRemoteAddr());
        return Response.noContent().build();
    }
}
