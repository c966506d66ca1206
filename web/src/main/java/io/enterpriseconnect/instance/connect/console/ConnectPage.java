package io.enterpriseconnect.instance.connect.console;

import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.audit.domain.AuditEntry;
import io.enterpriseconnect.instance.connect.ConnectService;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.ConnectStatus;
import io.enterpriseconnect.instance.connect.domain.EndpointCheck;
import io.enterpriseconnect.instance.connect.infrastructure.CloudLocation;
import io.enterpriseconnect.instance.console.ConsoleView;
import io.enterpriseconnect.instance.platform.ConflictException;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.List;

/** Enterprise settings → GitHub Connect: the state, and the site administrator's buttons. */
@Named
@RequestScoped
public class ConnectPage {

    static final String SELF = "/admin/connect.xhtml?faces-redirect=true";
    private static final int AUDIT_ROWS = 20;

    @EJB
    ConnectService connect;

    @EJB
    AuditService audit;

    @Inject
    CloudLocation endpoints;

    @Inject
    ConsoleView messages;

    private ConnectStatus status;
    private List<EndpointCheck> checks;
    private List<AuditEntry> auditEntries;

    public ConnectStatus getStatus() {
        if (status == null) {
            status = connect.status();
        }
        return status;
    }

    /** "Enable GitHub Connect": agree to the addendum, then straight on to the cloud to choose the account. */
    public String enable() {
        try {
            connect.enable(true);
            goToCloud();
            return null;
        } catch (InvalidInputException | ConstraintViolationException | ConflictException e) {
            messages.problem(e);
            return SELF;
        }
    }

    /** After coming back without connecting: to the cloud again, with a new state. */
    public String chooseAccount() {
        try {
            goToCloud();
            return null;
        } catch (InvalidInputException | ConstraintViolationException | ConflictException e) {
            messages.problem(e);
            return SELF;
        }
    }

    /** The modal's confirming "Disable GitHub Connect". */
    public String disable() {
        messages.info(messages.text(connect.disable() ? "connect.disabled.pending" : "connect.disabled"));
        return SELF;
    }

    public String testConnection() {
        checks = connect.testConnection();
        return null;
    }

    public List<EndpointCheck> getChecks() {
        return checks;
    }

    /** The latest audit entries; site administrators only (the EJB refuses everyone else). */
    public List<AuditEntry> getAuditEntries() {
        if (auditEntries == null) {
            auditEntries = getStatus().callerMayManage() ? audit.latest(AUDIT_ROWS) : List.of();
        }
        return auditEntries;
    }

    public String getCloudUrl() {
        return endpoints.web();
    }

    private void goToCloud() {
        try {
            messages.redirect(connect.authorizationUrl(messages.instanceUrl()).url());
        } catch (IOException e) {
            throw new CloudCallException(CloudCallException.Kind.UNREACHABLE, 0, "Could not send the browser to the cloud");
        }
    }
}
