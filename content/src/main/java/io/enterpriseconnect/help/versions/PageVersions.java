package io.enterpriseconnect.help.versions;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's {@code versions} front matter: which plans, and which releases of each, the page exists in.
 * Plans may be spelled long or short ({@code enterprise-server} or {@code ghes}); {@code versions: '*'}
 * means every version.
 */
public final class PageVersions {

    private final Map<String, VersionRange> rangeByPlan;
    private final boolean everywhere;

    private PageVersions(Map<String, VersionRange> rangeByPlan, boolean everywhere) {
        this.rangeByPlan = rangeByPlan;
        this.everywhere = everywhere;
    }

    /** @throws HelpSourceException for a missing value, an unknown plan or a malformed range */
    public static PageVersions parse(Object frontMatterValue, VersionCatalog catalog, SourceLocation where) {
        if (frontMatterValue == null) {
            throw new HelpSourceException(where, "'versions' is required");
        }
        if ("*".equals(frontMatterValue)) {
            return new PageVersions(Map.of(), true);
        }
        if (!(frontMatterValue instanceof Map<?, ?> entries) || entries.isEmpty()) {
            throw new HelpSourceException(where, "'versions' must map plans to ranges, e.g. enterprise-server: '*'");
        }
        Map<String, VersionRange> ranges = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String plan = catalog.planNamed(name).orElseThrow(() -> new HelpSourceException(where,
                    "unknown version '" + name + "' in 'versions' (known: " + String.join(", ", knownPlanNames(catalog)) + ")"));
            String rangeText = String.valueOf(entry.getValue());
            if (isUnreleasedMarker(rangeText, catalog, plan)) {
                continue;
            }
            try {
                ranges.put(plan, VersionRange.parse(rangeText));
            } catch (IllegalArgumentException e) {
                throw new HelpSourceException(where, "versions." + name + ": " + e.getMessage());
            }
        }
        return new PageVersions(ranges, false);
    }

    /**
     * Upstream marks content for an unreleased GitHub AE build with {@code github-ae: 'next'}; no version
     * of ours is that build, so the plan is simply absent.
     */
    private static boolean isUnreleasedMarker(String range, VersionCatalog catalog, String plan) {
        return range.equals("next") && catalog.versionsOfPlan(plan).stream().noneMatch(ProductVersion::isNumbered);
    }

    private static List<String> knownPlanNames(VersionCatalog catalog) {
        return catalog.all().stream().flatMap(v -> java.util.stream.Stream.of(v.plan(), v.shortName())).distinct().toList();
    }

    public boolean includes(ProductVersion version) {
        if (everywhere) {
            return true;
        }
        VersionRange range = rangeByPlan.get(version.plan());
        return range != null && range.includes(version);
    }

    public List<ProductVersion> renderedIn(VersionCatalog catalog) {
        return catalog.rendered().stream().filter(this::includes).toList();
    }
}
