package io.enterpriseconnect.instance.contributions.api;

import io.enterpriseconnect.instance.contributions.ContributionService;
import io.enterpriseconnect.instance.contributions.domain.DayCount;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Daily contribution counts: recorded in bulk by site administrators, read per user. */
@Path("contributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unified contributions")
public class ContributionsResource {

    @EJB
    ContributionService contributions;

    public record BulkResult(int recorded) {
    }

    public record Day(LocalDate day, int count) {
    }

    public record UserCounts(String login, List<Day> days) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record daily counts in bulk (site administrators): {\"counts\": [{\"login\", \"day\": "
            + "\"YYYY-MM-DD\" (UTC), \"count\"}]}, up to 10,000 entries; each entry sets that user's count for "
            + "that day (0 clears it), so repeating a request changes nothing")
    @APIResponse(responseCode = "200", description = "All recorded")
    @APIResponse(responseCode = "400", description = "An entry is wrong; nothing was recorded; field names it, "
            + "e.g. counts[3].day")
    public BulkResult record(ContributionService.Batch request) {
        return new BulkResult(contributions.record(request));
    }

    @GET
    @Path("users/{login}")
    @Operation(summary = "A user's daily counts (site administrators, or the user): from and to are UTC dates, "
            + "by default the past 90 days")
    public UserCounts of(@PathParam("login") String login, @QueryParam("from") String from, @QueryParam("to") String to) {
        List<DayCount> counts = contributions.of(login, from, to);
        return new UserCounts(login, counts.stream().map(c -> new Day(c.day(), c.count())).toList());
    }
}
