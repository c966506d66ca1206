package io.enterpriseconnect.cloud.apps.pages;

import io.enterpriseconnect.cloud.accounts.CloudAccountService;
import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.apps.ConnectAuthorizationService;
import io.enterpriseconnect.cloud.apps.domain.ConnectRequest;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.cloud.platform.pages.PageFlow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URI;
import java.util.List;

/**
 * {@code /connect/authorize}: where an instance sends its admin. Lists the accounts this cloud user
 * owns, each with a Connect button; Connect sends the browser back to the instance with the code.
 */
@Named("connectAuthorize")
@ViewScoped
public class ConnectAuthorizePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConnectAuthorizationService authorizations;

    @Inject
    CloudAccountService accounts;

    private String state;
    private String redirectUri;
    private String hostname;
    private String version;
    private String customerName;
    private String invalidReason;
    private transient List<Account> owned;

    /** Checks the request once; an invalid one is explained and never redirected to. */
    public void load() {
        try {
            request().validate();
            invalidReason = null;
        } catch (RequestRefusedException problem) {
            invalidReason = problem.getMessage();
        }
    }

    public void connect(String accountLogin) {
        try {
            String code = authorizations.authorize(accountLogin, request());
            PageFlow.redirect(request().callbackWith(code));
        } catch (RequestRefusedException problem) {
            PageFlow.error(null, problem.getMessage());
        }
    }

    public void cancel() {
        PageFlow.redirect(request().callbackDenied());
    }

    private ConnectRequest request() {
        return new ConnectRequest(state, redirectUri, hostname, version, customerName);
    }

    public List<Account> getOwnedAccounts() {
        if (owned == null) {
            owned = accounts.owned();
        }
        return owned;
    }

    public boolean isValid() {
        return invalidReason == null;
    }

    public String getInvalidReason() {
        return invalidReason;
    }

    /** The instance's address as the owner should recognise it, e.g. https://ghe.example.com:8443. */
    public String getReturnOrigin() {
        URI uri = URI.create(redirectUri);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
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

    public String getHostname() {
        return hostname;
    }

    public void setHostname(String hostname) {
        this.hostname = hostname;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }
}
