package io.enterpriseconnect.instance.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;

/**
 * The console's language: the browser's preferred supported language until the user picks one
 * with the language switch, which then sticks for the session.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        return chosen != null ? chosen : fromBrowser();
    }

    public String switchTo(String languageTag) {
        chosen = Supported.match(Locale.forLanguageTag(languageTag));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private static Locale fromBrowser() {
        Iterator<Locale> preferred = FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
        while (preferred.hasNext()) {
            Locale candidate = preferred.next();
            if (Supported.contains(candidate)) {
                return Supported.match(candidate);
            }
        }
        return Supported.DEFAULT;
    }
}
