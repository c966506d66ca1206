package io.enterpriseconnect.instance.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The Connect pages' view helpers: messages that survive the redirect after an action, texts from
 * the console bundle in the page's language, times in UTC, and the instance's own address.
 */
@RequestScoped
public class ConsoleMessages {

    @Inject
    FacesContext faces;

    public void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("io.enterpriseconnect.instance.console.messages",
                faces.getViewRoot().getLocale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    public void redirect(String url) throws IOException {
        faces.getExternalContext().redirect(url);
        faces.responseComplete();
    }

    /** The instance's address as this browser reaches it, e.g. https://ghe.example.com. */
    public String instanceUrl() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private void add(FacesMessage.Severity severity, String text) {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
