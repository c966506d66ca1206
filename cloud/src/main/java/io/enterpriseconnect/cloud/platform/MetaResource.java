package io.enterpriseconnect.cloud.platform;

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

    /** GitHub's field name; true because scripts may sign in with a login and password (HTTP Basic). */
    public record Meta(boolean verifiablePasswordAuthentication) {
    }

    @GET
    @Operation(summary = "Meta information about the cloud", description = "No authentication.")
    public Meta meta() {
        return new Meta(true);
    }
}
