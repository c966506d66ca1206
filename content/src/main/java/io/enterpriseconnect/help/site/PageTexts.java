package io.enterpriseconnect.help.site;

/** What navigation shows of a page in one version and language: its titles, its intro, and its URL. */
public record PageTexts(String title, String shortTitle, String introHtml, String href) {

    public String navigationTitle() {
        return shortTitle != null && !shortTitle.isBlank() ? shortTitle : title;
    }
}
