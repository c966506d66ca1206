package io.enterpriseconnect.instance.connect.console;

import io.enterpriseconnect.instance.connect.ConnectConflictException;
import io.enterpriseconnect.instance.connect.ConnectService;
import io.enterpriseconnect.instance.connect.ConnectStatus;
import io.enterpriseconnect.instance.connect.cloud.CloudCallException;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where the cloud sends the administrator back ({@link ConnectService#CALLBACK_PATH}) with
 * {@code code} and {@code state}, or {@code error} when they cancelled. Finishes the connection and
 * returns to the Connect page with the outcome.
 */
@Named
@RequestScoped
public class ConnectCallback {

    @EJB
    ConnectService connect;

    @Inject
    ConsoleMessages messages;

    private String code;
    private String state;
    private String error;

    public String complete() {
        try {
            if (error != null && !error.isBlank()) {
                connect.cancelled(state, error);
            } else {
                ConnectStatus connected = connect.complete(code, state);
                messages.info(messages.text("connect.connectedTo", connected.account().login()));
            }
        } catch (InvalidInputException | ConnectConflictException | CloudCallException e) {
            messages.error(e.getMessage());
        }
        return ConnectPage.SELF;
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
