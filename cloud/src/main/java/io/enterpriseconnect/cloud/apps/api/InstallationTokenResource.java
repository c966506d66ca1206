package io.enterpriseconnect.cloud.apps.api;

import io.enterpriseconnect.cloud.apps.AppService;
import io.enterpriseconnect.cloud.platform.CallerName;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/installation/token")
@RolesAllowed(CallerName.INSTALLATION)
@Tag(name = "apps")
@SecurityRequirement(name = "installationToken")
public class InstallationTokenResource {

    @Inject
    AppService apps;

    @DELETE
    @Operation(summary = "Revoke the installation access token used for this request")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke() {
        apps.revokeCallerToken();
        return Response.noContent().build();
    }
}
