package io.enterpriseconnect.cloud.contributions.api;

import io.enterpriseconnect.cloud.contributions.ContributionCalendarService;
import io.enterpriseconnect.cloud.platform.api.IsoDate;
import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A user's contribution counts as JSON: what their profile's calendar shows, exactly. Public, like the profile. */
@Path("/users/{login}/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contributions")
public class UserContributionsResource {

    @Inject
    ContributionCalendarService calendars;

    @GET
    @Operation(summary = "A user's daily contribution counts by source",
            description = "from and to are UTC dates (YYYY-MM-DD), inclusive, at most "
                    + ContributionCalendarService.MAX_RANGE_DAYS + " days apart; by default the profile calendar's days "
                    + "(53 weeks up to today).")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "422", description = "from or to is not a date, from is after to, or the range is too long",
            content = @Content(schema = @Schema(implementation = GitHubError.class)))
    public UserContributionsResponse contributions(@PathParam("login") String login,
            @QueryParam("from") @IsoDate String from, @QueryParam("to") @IsoDate String to) {
        return UserContributionsResponse.of(calendars.counts(login, date(from), date(to)));
    }

    /** A validated date parameter; absent when not given. */
    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
