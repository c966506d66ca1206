package io.enterpriseconnect.cloud.connections;

import io.enterpriseconnect.cloud.platform.Pages;
import io.enterpriseconnect.cloud.platform.Problem;
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
    ConnectionRecords records;

    private String login;
    private transient List<ConnectionRecord> connected;

    public List<ConnectionRecord> getRecords() {
        if (connected == null) {
            try {
                connected = records.ofAccount(login == null ? "" : login);
            } catch (Problem notOwned) {
                connected = List.of();
            }
        }
        return connected;
    }

    public void remove(long recordId, String hostname) {
        try {
            records.remove(login, recordId);
            Pages.info("Disconnected " + hostname + ". Its GitHub Connect app was deleted; the instance's credentials "
                    + "no longer work.");
        } catch (Problem problem) {
            Pages.info(problem.getMessage());
        }
        Pages.redirect("/account?login=" + URLEncoder.encode(login, StandardCharsets.UTF_8));
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
