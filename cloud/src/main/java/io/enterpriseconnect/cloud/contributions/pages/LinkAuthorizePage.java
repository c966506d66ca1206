package io.enterpriseconnect.cloud.contributions.pages;

import io.enterpriseconnect.cloud.contributions.UserLinkService;
import io.enterpriseconnect.cloud.contributions.domain.LinkPrompt;
import io.enterpriseconnect.cloud.contributions.domain.UserLinkRequest;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.cloud.platform.pages.PageFlow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /connect/contributions/authorize}: where an instance sends a user who wants their
 * contribution counts on their cloud profile. Shows exactly what will be shared; Authorize sends the
 * browser back to the instance with a one-time code, Cancel without one.
 */
@Named("linkAuthorize")
@ViewScoped
public class LinkAuthorizePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLinkService links;

    private String clientId;
    private String state;
    private String redirectUri;
    private String instanceLogin;
    private LinkPrompt prompt;
    private String invalidReason;

    /** Checks the request once; an invalid one is explained and never redirected to. */
    public void load() {
        try {
            prompt = links.prompt(request());
            invalidReason = null;
        } catch (RequestRefusedException problem) {
            prompt = null;
            invalidReason = problem.getMessage();
        }
    }

    public void authorize() {
        try {
            PageFlow.redirect(links.authorize(request()));
        } catch (RequestRefusedException problem) {
            PageFlow.error(null, problem.getMessage());
        }
    }

    public void cancel() {
        if (prompt != null) {
            PageFlow.redirect(request().callbackDenied());
        }
    }

    private UserLinkRequest request() {
        return new UserLinkRequest(clientId, state, redirectUri, instanceLogin);
    }

    public LinkPrompt getPrompt() {
        return prompt;
    }

    public boolean isValid() {
        return prompt != null;
    }

    public String getInvalidReason() {
        return invalidReason;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public void setRedirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    public String getInstanceLogin() {
        return instanceLogin;
    }

    public void setInstanceLogin(String instanceLogin) {
        this.instanceLogin = instanceLogin;
    }
}
