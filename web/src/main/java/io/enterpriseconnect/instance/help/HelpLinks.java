package io.enterpriseconnect.instance.help;

import io.enterpriseconnect.instance.console.LanguageSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The "?" next to each console page: the matching help article in the user's language and the
 * instance's product version.
 */
@Named("help")
@ApplicationScoped
public class HelpLinks {

    static final String CONNECTIONS = "admin/configuration/managing-connections-between-github-enterprise-server-and-github-enterprise-cloud/";

    @Inject
    @ConfigProperty(name = "instance.help.version", defaultValue = "enterprise-server@3.1")
    String productVersion;

    @Inject
    LanguageSelection language;

    /** The link for a console page, named by the article's file name (e.g. "about-github-connect"). */
    public String article(String article) {
        String lang = language.getLocale().getLanguage();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + HelpServlet.PREFIX + "/" + lang + "/" + productVersion + "/" + CONNECTIONS + article;
    }
}
