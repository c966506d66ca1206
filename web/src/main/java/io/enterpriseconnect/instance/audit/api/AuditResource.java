package io.enterpriseconnect.instance.audit.api;

import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.audit.domain.AuditEntry;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
public class AuditResource {

    @EJB
    AuditService audit;

    @JsonbPropertyOrder({"at", "actor", "action", "outcome", "detail"})
    public record Entry(Instant at, String actor, String action, String outcome, String detail) {
        static Entry of(AuditEntry entry) {
            return new Entry(entry.getOccurredAt(), entry.getActor(), entry.getAction(), entry.getOutcome().name(),
                    entry.getDetail());
        }
    }

    @GET
    @Operation(summary = "The GitHub Connect audit log, newest first (site administrators only)")
    @APIResponse(responseCode = "400", description = "limit is not between 1 and 500")
    @APIResponse(responseCode = "403", description = "The caller is not a site administrator")
    public List<Entry> latest(@QueryParam("limit") @DefaultValue("50")
            @Pattern(regexp = " *[0-9]{1,9} *", message = "{instance.audit.limit}") String limit) {
        return audit.latest(Integer.parseInt(limit.trim())).stream().map(Entry::of).toList();
    }
}
