package io.enterpriseconnect.cloud.contributions.api;

import io.enterpriseconnect.cloud.contributions.UserLinkService;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.protocol.contributions.LinkedUser;
import io.enterpriseconnect.protocol.contributions.UserLinkExchange;
import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** The instance's users linked to cloud users, made from the code a user's Authorize click produced. */
@Path("/installation/user-links")
@RolesAllowed(CallerName.INSTALLATION)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contributions")
@SecurityRequirement(name = "installationToken")
public class UserLinkResource {

    @Inject
    UserLinkService links;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link the instance user to the cloud user who authorized, with the one-time code",
            description = "Body: {\"code\"}. The code is single-use and valid for at most ten minutes.")
    @APIResponse(responseCode = "201", description = "{\"user_id\", \"login\", \"instance_login\", \"linked_at\"}")
    @APIResponse(responseCode = "409", description = "The cloud user is already linked from another user of this instance",
            content = @Content(schema = @Schema(implementation = GitHubError.class)))
    @APIResponse(responseCode = "422", description = "Unknown, used or expired code",
            content = @Content(schema = @Schema(implementation = GitHubError.class)))
    public Response link(@NotNull @Valid UserLinkExchange body) {
        LinkedUser linked = links.redeem(body.code(), request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(linked).build();
    }

    @DELETE
    @Path("/{user_id}")
    @Operation(summary = "Unlink a cloud user; their counts from this instance are deleted")
    @APIResponse(responseCode = "204", description = "Unlinked (also when they were not linked)")
    public Response unlink(@PathParam("user_id") long userId) {
        links.unlink(userId, request.getRemoteAddr());
        return Response.noContent().build();
    }
}
