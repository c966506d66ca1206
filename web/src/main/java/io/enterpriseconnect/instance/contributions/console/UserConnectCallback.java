package io.enterpriseconnect.instance.contributions.console;

import io.enterpriseconnect.instance.console.CloudCallback;
import io.enterpriseconnect.instance.contributions.links.ContributionLinkService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Where the cloud sends the user back ({@link ContributionLinkService#CALLBACK_PATH}): links the account and
 * returns to the user's GitHub Connect settings.
 */
@Named
@RequestScoped
public class UserConnectCallback extends CloudCallback {

    @EJB
    ContributionLinkService links;

    @Override
    protected void cancelled(String state, String error) {
        links.cancelled(state, error);
    }

    @Override
    protected String completed(String code, String state) {
        return text("user.connect.connectedTo", links.complete(code, state).login());
    }

    @Override
    protected String page() {
        return UserConnectPage.SELF;
    }
}
