package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.versions.ProductVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the page a version-less link written in front matter or data names ({@code /admin/installation}), as
 * upstream's link lists did: by the page's own path, else by a path it lists in {@code redirect_from}, in the
 * version being rendered. A link to a page that does not exist in that version names nothing.
 */
public final class LinkedPages {

    private static final String LEGACY_PREFIX = "/enterprise/";
    private static final String ADMIN = "/admin/";

    private final Map<String, HelpPage> byPath = new HashMap<>();
    private final Map<String, List<HelpPage>> byOldPath = new HashMap<>();

    public LinkedPages(HelpSources sources) {
        for (HelpPage page : sources.pages().values()) {
            byPath.put("/" + page.path(), page);
            for (String from : page.english().redirectFrom()) {
                if (from.contains("{{") || from.contains("{%")) {
                    continue;
                }
                oldPathsOf(RedirectMap.normalize(from))
                        .forEach(old -> byOldPath.computeIfAbsent(old, unused -> new ArrayList<>()).add(page));
            }
        }
    }

    /**
     * An old path, and for the old Enterprise URLs ({@code /enterprise/admin/installation/foo}) the forms they
     * take inside a version: without the prefix, and with the {@code guides/} segment Enterprise admin URLs
     * once had ({@code /admin/guides/installation/foo}), both of which upstream's versioned redirects accepted.
     */
    private static List<String> oldPathsOf(String path) {
        if (!path.startsWith(LEGACY_PREFIX)) {
            return List.of(path);
        }
        String versioned = path.substring(LEGACY_PREFIX.length() - 1);
        if (!versioned.startsWith(ADMIN) || versioned.startsWith(ADMIN + "guides/")) {
            return List.of(path, versioned);
        }
        return List.of(path, versioned, ADMIN + "guides/" + versioned.substring(ADMIN.length()));
    }

    /** @param link a path such as {@code /admin/installation}, with or without a trailing slash or fragment */
    public Optional<HelpPage> find(String link, ProductVersion version) {
        String path = RedirectMap.normalize(link.replaceFirst("#.*$", ""));
        HelpPage page = byPath.get(path);
        if (page != null) {
            return Optional.of(page).filter(found -> found.english().versions().includes(version));
        }
        return byOldPath.getOrDefault(path, List.of()).stream()
                .filter(found -> found.english().versions().includes(version))
                .findFirst();
    }
}
