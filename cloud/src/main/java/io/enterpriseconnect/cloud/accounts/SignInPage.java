package io.enterpriseconnect.cloud.accounts;

import io.enterpriseconnect.cloud.platform.Pages;
import io.enterpriseconnect.protocol.web.LocalRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Named("signIn")
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext security;

    private String login;
    private String password;
    private String next;

    public void signIn() {
        if (authenticate(login, password)) {
            Pages.redirect(LocalRedirect.safe(next));
        } else if (!FacesContext.getCurrentInstance().getResponseComplete()) {
            Pages.error(null, "Incorrect username or password.");
        }
    }

    /** Signs the browser in through the authentication mechanism; false when the credentials are wrong. */
    boolean authenticate(String login, String password) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        }
        return status == AuthenticationStatus.SUCCESS;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
