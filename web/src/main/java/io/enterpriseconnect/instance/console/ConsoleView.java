package io.enterpriseconnect.instance.console;

import io.enterpriseconnect.instance.platform.ServiceException;
import io.enterpriseconnect.instance.platform.api.InstanceConstraintViolationMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The Connect pages' view helpers: messages that survive the redirect after an action, texts from
 * the console bundle in the page's language, times in UTC, and the instance's own address.
 */
@RequestScoped
public class ConsoleView {

    /** Façade refusals in the console's languages, by key; English falls back to the exception's own message. */
    static final String SERVICE_MESSAGES = "io.enterpriseconnect.instance.console.service-messages";

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

    /**
     * Shows a refusal from a façade in the user's language: a Bean Validation failure names the field
     * with the message of the user's {@code ValidationMessages}; a {@link ServiceException} with a key
     * is looked up in the console's {@code service-messages}; anything else as it came (English).
     */
    public void problem(RuntimeException refusal) {
        error(describe(refusal, faces.getViewRoot().getLocale()));
    }

    static String describe(RuntimeException refusal, Locale locale) {
        if (refusal instanceof ConstraintViolationException invalid && !invalid.getConstraintViolations().isEmpty()) {
            ConstraintViolation<?> first = InstanceConstraintViolationMapper.first(invalid);
            return InstanceConstraintViolationMapper.fieldOf(first.getPropertyPath()) + " "
                    + localized("ValidationMessages", first.getMessageTemplate().replaceAll("^\\{|}$", ""), locale)
                            .orElse(first.getMessage());
        }
        if (refusal instanceof ServiceException service && service.key().isPresent()) {
            return localized(SERVICE_MESSAGES, service.key().get(), locale)
                    .map(pattern -> new MessageFormat(pattern, locale).format(service.arguments()))
                    .orElse(refusal.getMessage());
        }
        return refusal.getMessage();
    }

    private static Optional<String> localized(String bundle, String key, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(bundle, locale).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
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
