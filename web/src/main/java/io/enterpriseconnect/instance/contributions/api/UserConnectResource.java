package io.enterpriseconnect.instance.contributions.api;

import io.enterpriseconnect.instance.connect.domain.AuthorizationUrl;
import io.enterpriseconnect.instance.contributions.links.ContributionLinkService;
import io.enterpriseconnect.instance.contributions.links.domain.LinkStatus;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own GitHub Connect settings, as on Settings → GitHub Connect: connect to a cloud
 * account ({@code authorize-url}, then {@code complete} with what the cloud sent back), send counts
 * or stop, disconnect.
 */
@Path("user/connect")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unified contributions")
public class UserConnectResource {

    @EJB
    ContributionLinkService links;

    @Context
    UriInfo uri;

    public record CompleteRequest(String code, String state) {

        static final CompleteRequest NONE = new CompleteRequest(null, null);
    }

    public record SendRequest(Boolean send) {

        static final SendRequest NONE = new SendRequest(null);
    }

    @GET
    @Operation(summary = "Whether the caller is connected to a cloud account, and sends contribution counts")
    public LinkStatus status() {
        return links.status();
    }

    @POST
    @Path("authorize-url")
    @Operation(summary = "A single-use link to the cloud's authorize page; after Authorize the cloud redirects to "
            + "/settings/connect/callback.xhtml?code=…&state=…")
    public AuthorizationUrl authorizeUrl() {
        return links.authorizationUrl(uri.getBaseUri().toString().replaceFirst("/api/?$", ""));
    }

    @POST
    @Path("complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finish connecting with the code and state the cloud redirected with")
    public LinkStatus complete(CompleteRequest request) {
        CompleteRequest sent = Objects.requireNonNullElse(request, CompleteRequest.NONE);
        links.complete(sent.code(), sent.state());
        return links.status();
    }

    @PUT
    @Path("contributions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send my contribution counts ({\"send\": true}: the past 90 days are restored with the next "
            + "sync) or stop ({\"send\": false}: they are deleted on the cloud)")
    public LinkStatus share(SendRequest request) {
        links.share(Objects.requireNonNullElse(request, SendRequest.NONE).send());
        return links.status();
    }

    @DELETE
    @Operation(summary = "Disconnect from the cloud account: the link and the counts sent are deleted on the cloud")
    public LinkStatus disconnect() {
        links.disconnect();
        return links.status();
    }
}
