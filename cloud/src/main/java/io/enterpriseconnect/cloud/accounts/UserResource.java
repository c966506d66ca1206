package io.enterpriseconnect.cloud.accounts;

import io.enterpriseconnect.cloud.platform.Problem;
import io.enterpriseconnect.cloud.platform.CallerName;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in user, for scripts that authenticate with Basic (GitHub's {@code GET /user}). */
@Path("/user")
@RolesAllowed(CallerName.USER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class UserResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "The authenticated user")
    public UserJson user() {
        CloudUser user = currentUser.get().orElseThrow(Problem::notFound);
        return new UserJson(user.getLogin(), user.getId(), "User", user.isSiteAdmin());
    }

    @GET
    @Path("/accounts")
    @Operation(summary = "Organizations and enterprise accounts the authenticated user owns")
    public List<AccountJson> ownedAccounts() {
        return accounts.owned().stream().map(AccountJson::of).toList();
    }

    public record UserJson(String login, long id, String type, boolean siteAdmin) {
    }
}
