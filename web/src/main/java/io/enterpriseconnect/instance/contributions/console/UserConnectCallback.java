package io.enterpriseconnect.instance.contributions.console;

import io.enterpriseconnect.instance.connect.ConnectConflictException;
import io.enterpriseconnect.instance.connect.cloud.CloudCallException;
import io.enterpriseconnect.instance.connect.console.ConsoleMessages;
import io.enterpriseconnect.instance.contributions.links.LinkStatus;
import io.enterpriseconnect.instance.contributions.links.UserLinks;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where the cloud sends the user back ({@link UserLinks#CALLBACK_PATH}) with {@code code} and
 * {@code state}, or {@code error} when they cancelled: links the account and returns to the settings.
 */
@Named
@RequestScoped
public class UserConnectCallback {

    @EJB
    UserLinks links;

    @Inject
    ConsoleMessages messages;

    private String code;
    private String state;
    private String error;

    public String complete() {
        try {
            if (error != null && !error.isBlank()) {
                links.cancelled(state, error);
            } else {
                LinkStatus linked = links.complete(code, state);
                messages.info(messages.text("user.connect.connectedTo", linked.cloudLogin()));
            }
        } catch (InvalidInputException | ConnectConflictException | CloudCallException e) {
            messages.error(e.getMessage());
        }
        return UserConnectPage.SELF;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }
}
