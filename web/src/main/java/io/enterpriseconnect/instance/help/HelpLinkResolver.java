package io.enterpriseconnect.instance.help;

import io.enterpriseconnect.instance.console.LanguageSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The "?" next to each console page: the matching help article in the user's language and the
 * instance's product version; and the console header's help search box.
 */
@Named("help")
@ApplicationScoped
public class HelpLinkResolver {

    static final String CONNECTIONS = "admin/configuration/managing-connections-between-github-enterprise-server-and-github-enterprise-cloud/";

    @Inject
    @ConfigProperty(name = "instance.help.version", defaultValue = "enterprise-server@3.1")
    String productVersion;

    @Inject
    LanguageSelection language;

    /** The link for a console page, named by the article's file name (e.g. "about-github-connect"). */
    public String article(String article) {
        return versionRoot() + "/" + CONNECTIONS + article;
    }

    /** Where the console's help search box sends its form: the results page in the user's language. */
    public String getSearchAction() {
        return versionRoot() + "/search";
    }

    /** The JSON endpoint of the search box's suggestions. */
    public String getSuggestUrl() {
        return root() + "/search";
    }

    /** The help's script: the search box's suggestions and the "/" shortcut. */
    public String getScript() {
        return root() + "/assets/help.js";
    }

    public String getLanguage() {
        return language.getLocale().getLanguage();
    }

    public String getVersion() {
        return productVersion;
    }

    private String versionRoot() {
        return root() + "/" + getLanguage() + "/" + productVersion;
    }

    private static String root() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + HelpServlet.PREFIX;
    }
}
