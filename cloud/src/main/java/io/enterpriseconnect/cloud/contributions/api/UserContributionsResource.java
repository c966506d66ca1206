package io.enterpriseconnect.cloud.contributions.api;

import io.enterpriseconnect.cloud.contributions.ContributionCalendarService;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public UserContributionsResponse contributions(@PathParam("login") String login, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return UserContributionsResponse.of(calendars.counts(login, date("from", from), date("to", to)));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw RequestRefusedException.invalid(field, field + " must be a date such as 2026-11-20");
        }
    }
}
