package io.enterpriseconnect.instance.accounts.api;

import io.enterpriseconnect.instance.accounts.AccountService;
import io.enterpriseconnect.instance.accounts.domain.InvalidUserException;
import io.enterpriseconnect.instance.accounts.domain.UserAccount;
import io.enterpriseconnect.instance.accounts.domain.UserEmail;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @EJB
    AccountService users;

    public record NewUserRequest(String login, String password, Set<String> roles) {
    }

    public record UserView(String login, Set<String> roles) {
        static UserView of(UserAccount account) {
            return new UserView(account.getLogin(), account.getRoles());
        }
    }

    public record EmailRequest(String email, Boolean verified) {
    }

    public record EmailView(String email, boolean verified, Instant verifiedAt) {
        static EmailView of(UserEmail email) {
            return new EmailView(email.getEmail(), email.isVerified(), email.getVerifiedAt());
        }
    }

    @POST
    @Operation(summary = "Add a user (site administrators only); roles: site-admin, enterprise-owner, member")
    public Response add(NewUserRequest request) {
        if (request == null) {
            throw new InvalidUserException("body", "is missing");
        }
        UserAccount added = users.addUser(new AccountService.NewUser(request.login(), request.password(), request.roles()));
        return Response.created(UriBuilder.fromPath("/api/users/{login}").build(added.getLogin()))
                .entity(UserView.of(added)).build();
    }

    @POST
    @Path("{login}/emails")
    @Operation(summary = "Add an email address to a user, or mark it verified or not (site administrators): "
            + "{\"email\", \"verified\"}. Commits count for the user whose verified address authored them")
    public EmailView putEmail(@PathParam("login") String login, EmailRequest request) {
        if (request == null) {
            throw new InvalidUserException("email", "is missing");
        }
        return EmailView.of(users.putEmail(login, request.email(), Boolean.TRUE.equals(request.verified())));
    }

    @GET
    @Path("{login}/emails")
    @Operation(summary = "A user's email addresses (site administrators, or the user)")
    public List<EmailView> emails(@PathParam("login") String login) {
        return users.emails(login).stream().map(EmailView::of).toList();
    }
}
