package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.versions.ProductVersion;

/** Where rendered pages live, under the prefix the site is served at ({@code /help} in the instance, none upstream). */
public record SiteUrls(String prefix) {

    public String page(HelpLanguage language, ProductVersion version, String path) {
        return prefix + "/" + language.urlCode() + "/" + version.id() + (path.isEmpty() ? "" : "/" + path);
    }

    public String asset(String name) {
        return prefix + "/" + name;
    }
}
