package io.enterpriseconnect.cloud.apps.api;

import io.enterpriseconnect.cloud.apps.AppService;
import io.enterpriseconnect.cloud.apps.domain.ConnectApp;
import io.enterpriseconnect.cloud.apps.domain.InstallationToken;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.api.ApiAddress;
import io.enterpriseconnect.protocol.apps.AppInstallation;
import io.enterpriseconnect.protocol.apps.GitHubApp;
import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GitHub's {@code /app} endpoints, authenticated with the app's JWT. */
@Path("/app")
@RolesAllowed(CallerName.APP) // turned away here without a stack trace; AppService decides
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "apps")
@SecurityRequirement(name = "appJwt")
@APIResponse(responseCode = "401", description = "Missing, forged, expired or wrongly signed JWT",
        content = @Content(schema = @Schema(implementation = GitHubError.class)))
public class AppResource {

    @Inject
    AppService apps;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Get the authenticated app")
    public GitHubApp app() {
        ConnectApp app = apps.app();
        return AppRepresentation.app(app, apps.installationCount(), ApiAddress.of(uri));
    }

    @GET
    @Path("/installations")
    @Operation(summary = "List installations for the authenticated app")
    public List<AppInstallation> installations() {
        ApiAddress links = ApiAddress.of(uri);
        return apps.installations().stream().map(i -> AppRepresentation.installation(i, links)).toList();
    }

    @GET
    @Path("/installations/{installation_id}")
    @Operation(summary = "Get an installation for the authenticated app")
    @APIResponse(responseCode = "404", description = "Not an installation of this app")
    public AppInstallation installation(@PathParam("installation_id") long installationId) {
        return AppRepresentation.installation(apps.installation(installationId), ApiAddress.of(uri));
    }

    @POST
    @Path("/installations/{installation_id}/access_tokens")
    @Operation(summary = "Create an installation access token (valid one hour)")
    @APIResponse(responseCode = "201", description = "The token; only its hash is kept")
    @APIResponse(responseCode = "403", description = "The caller's address is not on the account's IP allow list")
    public Response createAccessToken(@PathParam("installation_id") long installationId) {
        InstallationToken.Issued issued = apps.createToken(installationId, request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(AppRepresentation.token(issued)).build();
    }

    @DELETE
    @Path("/installations/{installation_id}")
    @Operation(summary = "Delete an installation (and the Connect app with it); its tokens stop working at once")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteInstallation(@PathParam("installation_id") long installationId) {
        apps.deleteInstallation(installationId);
        return Response.noContent().build();
    }
}
