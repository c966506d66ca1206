package io.enterpriseconnect.help.versions;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.YamlErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The product versions declared in {@code versions.yml}: which versions pages are rendered for,
 * and which plan names front matter and {@code ifversion} may use.
 *
 * <p>An entry with {@code rendered: false} names a plan that sources may mention (GitHub.com's
 * {@code fpt}, say) without the site being built for it.
 */
public final class VersionCatalog {

    private final List<ProductVersion> rendered;
    private final List<ProductVersion> all;
    private final Map<String, String> planByName;
    private final List<String> deprecatedEnterpriseServerReleases;

    public VersionCatalog(List<ProductVersion> rendered, List<ProductVersion> notRendered,
                          List<String> deprecatedEnterpriseServerReleases) {
        this.rendered = List.copyOf(rendered);
        List<ProductVersion> everything = new ArrayList<>(rendered);
        everything.addAll(notRendered);
        this.all = List.copyOf(everything);
        Map<String, String> plans = new LinkedHashMap<>();
        for (ProductVersion version : all) {
            plans.put(version.plan(), version.plan());
            plans.put(version.shortName(), version.plan());
        }
        this.planByName = Collections.unmodifiableMap(plans);
        this.deprecatedEnterpriseServerReleases = List.copyOf(deprecatedEnterpriseServerReleases);
    }

    public static VersionCatalog load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new HelpSourceException(new SourceLocation(file.toString(), 1, 1), "cannot read versions: " + e.getMessage(), e);
        }
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            throw YamlErrors.of(e, text, file.toString(), 1);
        }
        SourceLocation where = new SourceLocation(file.toString(), 1, 1);
        if (!(root instanceof Map<?, ?> map) || !(map.get("versions") instanceof List<?> entries)) {
            throw new HelpSourceException(where, "expected a top-level 'versions' list");
        }
        List<ProductVersion> rendered = new ArrayList<>();
        List<ProductVersion> notRendered = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)) {
                throw new HelpSourceException(where, "each version must be a map with id, plan, shortName, release and latest");
            }
            ProductVersion version = new ProductVersion(
                    required(fields, "id", where), required(fields, "plan", where), required(fields, "shortName", where),
                    required(fields, "release", where), Boolean.TRUE.equals(fields.get("latest")));
            if (!version.id().equals(version.plan() + "@" + version.release())) {
                throw new HelpSourceException(where, "version id '" + version.id() + "' must be plan@release");
            }
            if (Boolean.FALSE.equals(fields.get("rendered"))) {
                notRendered.add(version);
            } else {
                rendered.add(version);
            }
        }
        List<String> deprecated = new ArrayList<>();
        if (map.get("deprecatedEnterpriseServerReleases") instanceof List<?> releases) {
            releases.forEach(release -> deprecated.add(String.valueOf(release)));
        }
        return new VersionCatalog(rendered, notRendered, deprecated);
    }

    private static String required(Map<?, ?> fields, String key, SourceLocation where) {
        Object value = fields.get(key);
        if (value == null) {
            throw new HelpSourceException(where, "version entry " + fields + " lacks '" + key + "'");
        }
        return String.valueOf(value);
    }

    /** The versions the site is built for, in the order of the file (newest first by convention). */
    public List<ProductVersion> rendered() {
        return rendered;
    }

    public Optional<ProductVersion> find(String id) {
        return all.stream().filter(version -> version.id().equals(id)).findFirst();
    }

    public Optional<ProductVersion> findRendered(String id) {
        return rendered.stream().filter(version -> version.id().equals(id)).findFirst();
    }

    /** The long plan name for either spelling ({@code ghes} or {@code enterprise-server}). */
    public Optional<String> planNamed(String name) {
        return Optional.ofNullable(planByName.get(name));
    }

    public boolean isPlan(String name) {
        return planByName.containsKey(name);
    }

    public List<ProductVersion> versionsOfPlan(String plan) {
        return all.stream().filter(version -> version.plan().equals(plan)).toList();
    }

    public List<ProductVersion> renderedOfPlan(String plan) {
        return rendered.stream().filter(version -> version.plan().equals(plan)).toList();
    }

    public Optional<ProductVersion> latestOf(String plan) {
        return all.stream().filter(version -> version.plan().equals(plan) && version.latest()).findFirst();
    }

    public List<ProductVersion> all() {
        return all;
    }

    /** Supported Enterprise Server releases, newest first, as the {@code enterpriseServerReleases} Liquid object lists them. */
    public List<String> supportedEnterpriseServerReleases() {
        return versionsOfPlan("enterprise-server").stream()
                .filter(ProductVersion::isNumbered)
                .sorted(Comparator.comparing(ProductVersion::releaseNumber).reversed())
                .map(ProductVersion::release)
                .toList();
    }

    public List<String> deprecatedEnterpriseServerReleases() {
        return deprecatedEnterpriseServerReleases;
    }
}
