package io.enterpriseconnect.cloud.connections.pages;

import io.enterpriseconnect.cloud.connections.ConnectionRecordService;
import io.enterpriseconnect.cloud.connections.domain.ConnectionRecord;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.cloud.platform.pages.PageFlow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The instances connected to one owned account, on its settings page, each with a Remove button.
 * View-scoped so that a Remove click finds the list (and its button) it was rendered from.
 */
@Named("connectedInstances")
@ViewScoped
public class ConnectedInstancesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConnectionRecordService records;

    private String login;
    private transient List<ConnectionRecord> connected;

    public List<ConnectionRecord> getRecords() {
        if (connected == null) {
            try {
                connected = records.ofAccount(login == null ? "" : login);
            } catch (RequestRefusedException notOwned) {
                connected = List.of();
            }
        }
        return connected;
    }

    public void remove(long recordId, String hostname) {
        try {
            records.remove(login, recordId);
            PageFlow.info("Disconnected " + hostname + ". Its GitHub Connect app was deleted; the instance's credentials "
                    + "no longer work.");
        } catch (RequestRefusedException problem) {
            PageFlow.info(problem.getMessage());
        }
        PageFlow.redirect("/account?login=" + URLEncoder.encode(login, StandardCharsets.UTF_8));
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
