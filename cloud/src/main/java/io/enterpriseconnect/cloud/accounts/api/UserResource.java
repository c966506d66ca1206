package io.enterpriseconnect.cloud.accounts.api;

import io.enterpriseconnect.cloud.accounts.CloudAccountService;
import io.enterpriseconnect.cloud.accounts.domain.CloudUser;
import io.enterpriseconnect.cloud.accounts.infrastructure.CurrentUser;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
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
    CloudAccountService accounts;

    @GET
    @Operation(summary = "The authenticated user")
    public UserJson user() {
        CloudUser user = currentUser.get().orElseThrow(RequestRefusedException::notFound);
        return new UserJson(user.getLogin(), user.getId(), "User", user.isSiteAdmin());
    }

    @GET
    @Path("/accounts")
    @Operation(summary = "Organizations and enterprise accounts the authenticated user owns")
    public List<AccountResponse> ownedAccounts() {
        return accounts.owned().stream().map(AccountResponse::of).toList();
    }

    public record UserJson(String login, long id, String type, boolean siteAdmin) {
    }
}
