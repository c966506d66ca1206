package io.enterpriseconnect.cloud.connections.api;

import io.enterpriseconnect.cloud.connections.ConnectionRecordService;
import io.enterpriseconnect.cloud.connections.domain.ConnectionRecord;
import io.enterpriseconnect.cloud.platform.CallerName;
import io.enterpriseconnect.cloud.platform.api.GitHubTime;
import io.enterpriseconnect.protocol.connections.ConnectionRecordResponse;
import io.enterpriseconnect.protocol.connections.ConnectionReport;
import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The connected instance's own record, read and refreshed with its installation token. The cloud
 * creates the record when the code is converted; the instance fills in its license details with the
 * first PUT and refreshes them weekly.
 */
@Path("/installation/connection")
@RolesAllowed(CallerName.INSTALLATION)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "connections")
@SecurityRequirement(name = "installationToken")
public class ConnectionRecordResource {

    @Inject
    ConnectionRecordService records;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Get this instance's connection record")
    public ConnectionRecordResponse get() {
        return response(records.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or refresh this instance's connection record",
            description = "Stores the license public key and SHA-256, customer name, hostname, version, TLS, "
                    + "enabled features with dates, license-consuming seats and dormancy figures, and the SHA-256 "
                    + "of the token used for this request.")
    @APIResponse(responseCode = "200", description = "The record as stored")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid; the body names it",
            content = @Content(schema = @Schema(implementation = GitHubError.class)))
    public ConnectionRecordResponse refresh(@NotNull @Valid ConnectionReport report) {
        return response(records.refresh(report, request.getRemoteAddr()));
    }

    static ConnectionRecordResponse response(ConnectionRecord record) {
        var account = record.getAccount();
        return new ConnectionRecordResponse(record.getId(), record.getInstallation().getId(),
                new ConnectionRecordResponse.Account(account.getLogin(), account.getId(), account.getType().apiName()),
                record.getLicensePublicKey(), record.getLicenseSha256(), record.getCustomerName(), record.getHostname(),
                record.getVersion(), record.getTokenHash(), record.getTlsEnabled(),
                record.getEnabledFeatures().stream()
                        .map(f -> new ConnectionRecordResponse.Feature(f.getName(), GitHubTime.of(f.getEnabledAt())))
                        .toList(),
                record.getLicenseConsumingSeats(), record.getDormancyThresholdDays(), record.getDormantUsers(),
                record.getConnectedBy(), GitHubTime.of(record.getConnectedAt()), GitHubTime.of(record.getLastRefreshedAt()));
    }
}
