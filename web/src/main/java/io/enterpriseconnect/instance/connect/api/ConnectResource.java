package io.enterpriseconnect.instance.connect.api;

import io.enterpriseconnect.instance.connect.ConnectService;
import io.enterpriseconnect.instance.connect.domain.AuthorizationUrl;
import io.enterpriseconnect.instance.connect.domain.ConnectStatus;
import io.enterpriseconnect.instance.connect.domain.EndpointCheck;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GitHub Connect for automation: the same steps as the console, for site administrators (others may
 * read the state). A script connects with {@code enable}, {@code authorize-url} (the administrator,
 * or the script, signs in to the cloud there and clicks Connect), then {@code complete} with the
 * {@code code} and {@code state} the cloud sends back.
 */
@Path("connect")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GitHub Connect")
@APIResponse(responseCode = "403", description = "The caller is not a site administrator (changes only)")
public class ConnectResource {

    @EJB
    ConnectService connect;

    @Context
    UriInfo uri;

    public record EnableRequest(Boolean acceptAddendum) {
    }

    public record CompleteRequest(String code, String state) {

        static final CompleteRequest NONE = new CompleteRequest(null, null);
    }

    public record TestResult(boolean reachable, List<EndpointCheck> checks) {
    }

    @GET
    @Operation(summary = "GitHub Connect's state: enabled by whom and when, the connected account, features, "
            + "pending cleanup, and whether the caller may change it")
    public ConnectStatus status() {
        return connect.status();
    }

    @POST
    @Path("enable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable GitHub Connect, agreeing to the GitHub Connect Addendum ({\"acceptAddendum\": true})")
    @APIResponse(responseCode = "200", description = "Enabled; next: POST /api/connect/authorize-url")
    @APIResponse(responseCode = "400", description = "acceptAddendum is not true")
    @APIResponse(responseCode = "409", description = "Already enabled")
    public ConnectStatus enable(EnableRequest request) {
        connect.enable(request != null && Boolean.TRUE.equals(request.acceptAddendum()));
        return connect.status();
    }

    @POST
    @Path("authorize-url")
    @Operation(summary = "A single-use link to the cloud's Connect page, where an owner of the cloud account "
            + "signs in and clicks Connect; the cloud then redirects to this instance with code and state")
    @APIResponse(responseCode = "200", description = "The link and when it expires")
    @APIResponse(responseCode = "409", description = "Not enabled, or already connected")
    public AuthorizationUrl authorizeUrl() {
        return connect.authorizationUrl(uri.getBaseUri().toString().replaceFirst("/api/?$", ""));
    }

    @POST
    @Path("complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finish connecting with the code and state the cloud redirected with")
    @APIResponse(responseCode = "200", description = "Connected")
    @APIResponse(responseCode = "400", description = "The state is unknown, used, expired or another administrator's, "
            + "or the cloud does not know the code; the body names the field")
    @APIResponse(responseCode = "502", description = "The cloud could not be reached or refused; nothing was connected")
    public ConnectStatus complete(CompleteRequest request) {
        CompleteRequest sent = Objects.requireNonNullElse(request, CompleteRequest.NONE);
        connect.complete(sent.code(), sent.state());
        return connect.status();
    }

    @POST
    @Path("disable")
    @Operation(summary = "Disable GitHub Connect: the local credentials are deleted at once, and the app is deleted "
            + "on the cloud (retried in the background while the cloud cannot be reached: see cleanup)")
    public ConnectStatus disable() {
        connect.disable();
        return connect.status();
    }

    @POST
    @Path("test")
    @Operation(summary = "Test the connection to the cloud's web and API hosts through the configured proxy")
    public TestResult test() {
        List<EndpointCheck> checks = connect.testConnection();
        return new TestResult(checks.stream().allMatch(EndpointCheck::reachable), checks);
    }
}
