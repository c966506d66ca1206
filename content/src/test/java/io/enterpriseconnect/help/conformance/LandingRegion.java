package io.enterpriseconnect.help.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The comparable parts of upstream's landing layouts besides the heading, intro and tree of docs, one line per
 * link or card, in the order shown: what each link says and where it leads, not how it is styled. Icons, and
 * which cards and track guides are hidden until "show more", carry no meaning and are left out.
 */
final class LandingRegion {

    /** The names of the parts, in the order the report lists them. */
    static final List<String> PARTS = List.of("intro-links", "featured-links", "supported-releases", "release-notes-links",
            "guide-cards", "featured-track", "learning-tracks", "guides", "guide-filters", "release-notes");

    private static final String RELEASE_NOTES_ANCHOR = "/release-notes#";

    private LandingRegion() {
    }

    static Map<String, String> of(Document document) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("intro-links", introLinks(document));
        parts.put("featured-links", featuredLinks(document));
        parts.put("supported-releases", supportedReleases(document, false));
        parts.put("release-notes-links", supportedReleases(document, true));
        parts.put("guide-cards", guideCards(document));
        parts.put("featured-track", featuredTrack(document));
        parts.put("learning-tracks", learningTracks(document));
        parts.put("guides", guides(document));
        parts.put("guide-filters", guideFilters(document));
        parts.put("release-notes", releaseNotes(document));
        return parts;
    }

    /** The "Product" label and the buttons under a product landing's intro. */
    private static String introLinks(Document document) {
        List<String> lines = new ArrayList<>();
        Element header = document.selectFirst(".product-landing header");
        if (header == null) {
            return "";
        }
        for (Element label : header.select("span.text-mono")) {
            lines.add("label " + text(label));
        }
        for (Element button : header.select("a.btn-mktg")) {
            lines.add(link(button));
        }
        return String.join("\n", lines);
    }

    private static String featuredLinks(Document document) {
        List<String> lines = new ArrayList<>();
        for (Element heading : document.select(".featured-links-heading")) {
            Element title = heading.selectFirst("h3");
            lines.add("## " + (title == null ? "" : title.id() + " " + text(title)));
            for (Element viewAll : heading.select("a.ml-4")) {
                lines.add("view all " + viewAll.attr("href"));
            }
            Element list = heading.nextElementSibling();
            if (list == null) {
                continue;
            }
            for (Element item : list.select("li > a")) {
                Element intro = item.selectFirst("p");
                lines.add(item.attr("href") + " | " + text(item.selectFirst("h2, h4")) + (intro == null ? "" : " | " + text(intro)));
            }
        }
        return String.join("\n", lines);
    }

    /**
     * The release cards of a product landing, without (or only) each card's line naming its latest patch, which
     * upstream built from release-notes data.
     */
    private static String supportedReleases(Document document, boolean releaseNotesLines) {
        Element heading = document.selectFirst("h2#supported-releases");
        if (heading == null) {
            return "";
        }
        Element section = heading.parent();
        List<String> lines = new ArrayList<>();
        if (!releaseNotesLines) {
            lines.add("## " + text(heading));
        }
        for (Element card : section.select(".Box")) {
            if (!releaseNotesLines) {
                lines.add("# " + text(card.selectFirst("h2")));
            }
            for (Element line : card.select("p")) {
                boolean namesPatch = !line.select("a[href*=" + RELEASE_NOTES_ANCHOR + "]").isEmpty();
                if (namesPatch == releaseNotesLines) {
                    lines.add(text(line) + linksOf(line));
                }
            }
        }
        if (!releaseNotesLines) {
            section.select("a.btn").forEach(button -> lines.add(link(button)));
        }
        return String.join("\n", lines);
    }

    private static String guideCards(Document document) {
        Element heading = document.selectFirst("h2#guides-2");
        if (heading == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("## " + text(heading));
        for (Element card : heading.parent().select("a.Box")) {
            lines.add(card.attr("href") + " | " + text(card.selectFirst("h2")) + " | " + text(card.selectFirst("p"))
                    + " | " + text(card.selectFirst("footer")));
        }
        heading.parent().select("a.btn").forEach(button -> lines.add(link(button)));
        return String.join("\n", lines);
    }

    private static String featuredTrack(Document document) {
        Element track = document.selectFirst(".feature-track");
        if (track == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        Element intro = track.selectFirst("li");
        lines.add("## " + text(intro.selectFirst("h3")));
        lines.add(text(intro.selectFirst(".lead-mktg")));
        intro.select("a").forEach(start -> lines.add(link(start)));
        for (Element guide : track.select("li > a")) {
            lines.add(guide.attr("href") + " | " + text(guide.selectFirst(".h6")) + " | " + text(guide.selectFirst("h3"))
                    + " | " + text(guide.selectFirst(".lead-mktg")));
        }
        return String.join("\n", lines);
    }

    private static String learningTracks(Document document) {
        Element heading = document.selectFirst("h2#learning-paths");
        if (heading == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("## " + text(heading));
        lines.add(text(heading.nextElementSibling()));
        for (Element track : heading.parent().select(".learning-track")) {
            lines.add("# " + text(track.selectFirst("h5")));
            lines.add(text(track.selectFirst("p")));
            track.select("a[role=button]").forEach(start -> lines.add(link(start)));
            for (Element guide : track.select("a.Box-row")) {
                lines.add(guide.attr("href") + " | " + text(guide.selectFirst("h5")) + " | " + text(guide.selectFirst(".h6")));
            }
            track.select(".Box-footer").forEach(more -> lines.add(text(more)));
        }
        return String.join("\n", lines);
    }

    /** A guides page's cards of articles, with the heading over them; the filter's options are the cards' own types and topics. */
    private static String guides(Document document) {
        List<String> lines = new ArrayList<>();
        Element heading = document.selectFirst("h2#all-guides");
        if (heading != null) {
            lines.add("## " + text(heading));
        }
        for (Element card : document.select(".js-filter-card")) {
            Element link = card.selectFirst("a");
            lines.add(link.attr("href") + " | " + text(link.selectFirst("h4")) + " | " + text(link.selectFirst(".h6"))
                    + " | " + text(link.selectFirst("p")) + " | " + String.join(",", link.select("span").eachText()));
        }
        return String.join("\n", lines);
    }

    /** The options of a guides page's filters: the guide types, and the topics of its cards. */
    private static String guideFilters(Document document) {
        List<String> lines = new ArrayList<>();
        for (Element filter : document.select("form select")) {
            lines.add(filter.attr("name") + ": " + String.join(", ", filter.select("option").eachText()));
        }
        return String.join("\n", lines);
    }

    /** A release-notes page's notes: each patch with its heading and date, and the notes' text. */
    private static String releaseNotes(Document document) {
        List<String> lines = new ArrayList<>();
        for (Element patch : document.select(".js-release-notes-patch")) {
            lines.add("## " + patch.id() + " " + text(patch.selectFirst("h2")) + " | " + text(patch.selectFirst("header p")));
            patch.select(".release-notes-list-item").forEach(note -> lines.add(text(note)));
        }
        return String.join("\n", lines);
    }

    private static String linksOf(Element element) {
        StringBuilder hrefs = new StringBuilder();
        element.select("a").forEach(link -> hrefs.append(" [").append(link.attr("href")).append(']'));
        return hrefs.toString();
    }

    private static String link(Element link) {
        return link.attr("href") + " " + text(link);
    }

    private static String text(Element element) {
        return element == null ? "" : ArticleRegion.collapse(element.text());
    }
}
