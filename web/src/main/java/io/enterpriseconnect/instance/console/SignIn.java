package io.enterpriseconnect.instance.console;

import io.enterpriseconnect.instance.platform.security.SignInGuard;
import io.enterpriseconnect.protocol.web.LocalRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The sign-in page and sign-out button. */
@Named
@RequestScoped
public class SignIn {

    private static final String HOME = "/admin/connect.xhtml";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String login;
    private String password;
    private String next;

    public String signIn() {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login, password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            return safeNext() + (safeNext().contains("?") ? "&" : "?") + "faces-redirect=true";
        }
        Object wait = external.getRequestMap().get(SignInGuard.RETRY_AFTER);
        String message = wait == null ? text("signIn.failed") : MessageFormat.format(text("signIn.throttled"), wait);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        return null;
    }

    public String signOut() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    private String safeNext() {
        return safeNext(next);
    }

    /**
     * Only a path on this site (the rule the cloud's sign-in applies too, {@link LocalRedirect}), and
     * only to a console page; anything else goes to the home page.
     */
    static String safeNext(String next) {
        return LocalRedirect.isLocal(next) && next.contains(".xhtml") ? next : HOME;
    }

    private String text(String key) {
        return ResourceBundle.getBundle("io.enterpriseconnect.instance.console.messages",
                faces.getViewRoot().getLocale()).getString(key);
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
