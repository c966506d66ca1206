package io.enterpriseconnect.cloud.apps.api;

import io.enterpriseconnect.cloud.apps.ManifestConversionService;
import io.enterpriseconnect.cloud.platform.api.ApiAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/app-manifests/{code}/conversions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "apps")
public class ManifestConversionResource {

    @Inject
    ManifestConversionService conversions;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "Create the Connect app from the one-time code (single use, valid one hour)",
            description = "Returns the app with id, client_id, client_secret, webhook_secret and pem "
                    + "(PKCS#1 RSA private key). The cloud keeps only the public key.")
    @APIResponse(responseCode = "201", description = "The app and its credentials, shown only here")
    @APIResponse(responseCode = "404", description = "Unknown, used or expired code")
    @APIResponse(responseCode = "403", description = "Account not invoiced, or caller address not on its IP allow list")
    public Response convert(@PathParam("code") String code) {
        ManifestConversionService.Conversion conversion = conversions.convert(code, request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(AppRepresentation.conversion(conversion, ApiAddress.of(uri)))
                .build();
    }
}
