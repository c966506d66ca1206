package io.enterpriseconnect.instance.connect.console;

import io.enterpriseconnect.instance.connect.ConnectService;
import io.enterpriseconnect.instance.console.CloudCallback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Where the cloud sends the administrator back ({@link ConnectService#CALLBACK_PATH}): finishes the
 * connection and returns to the Connect page.
 */
@Named
@RequestScoped
public class ConnectCallback extends CloudCallback {

    @EJB
    ConnectService connect;

    @Override
    protected void cancelled(String state, String error) {
        connect.cancelled(state, error);
    }

    @Override
    protected String completed(String code, String state) {
        return text("connect.connectedTo", connect.complete(code, state));
    }

    @Override
    protected String page() {
        return ConnectPage.SELF;
    }
}
