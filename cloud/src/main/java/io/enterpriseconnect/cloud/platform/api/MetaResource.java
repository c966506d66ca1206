package io.enterpriseconnect.cloud.platform.api;

import io.enterpriseconnect.protocol.meta.ApiMeta;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GitHub's {@code GET /meta}: answers without credentials, so an instance's "Test connection" can
 * tell the cloud's API apart from any other server that happens to answer in JSON.
 */
@Path("/meta")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meta")
public class MetaResource {

    @GET
    @Operation(summary = "Meta information about the cloud", description = "No authentication.")
    public ApiMeta meta() {
        return new ApiMeta(true); // true: scripts may sign in with a login and password (HTTP Basic)
    }
}
