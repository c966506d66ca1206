package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.YamlErrors;
import io.enterpriseconnect.help.liquid.DataEntry;
import io.enterpriseconnect.help.liquid.DataResolver;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The {@code data} directory of one language: {@code variables/*.yml}, {@code reusables/**.md} and
 * {@code ui.yml}, read on first use. Paths are dotted: {@code variables.product.prodname_ghe_server},
 * {@code reusables.github-connect.beta}, {@code ui.toc.getting_started}.
 */
public final class DataStore implements DataResolver {

    private final Path dataDirectory;
    private final Map<Path, Map<String, DataEntry>> yamlFiles = new ConcurrentHashMap<>();

    public DataStore(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Every page looks up the same few hundred names, each resolved once. */
    private final Map<String, Optional<DataEntry>> found = new ConcurrentHashMap<>();

    @Override
    public Optional<DataEntry> find(String path) {
        Optional<DataEntry> known = found.get(path);
        if (known != null) {
            return known;
        }
        Optional<DataEntry> entry = lookUp(path);
        found.put(path, entry);
        return entry;
    }

    private Optional<DataEntry> lookUp(String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String kind = path.substring(0, dot);
        String rest = path.substring(dot + 1);
        switch (kind) {
            case "reusables":
                return readReusable(rest);
            case "variables": {
                int fileEnd = rest.indexOf('.');
                if (fileEnd < 0) {
                    return Optional.empty();
                }
                Path file = dataDirectory.resolve("variables").resolve(rest.substring(0, fileEnd) + ".yml");
                return Optional.ofNullable(yaml(file).get(rest.substring(fileEnd + 1)));
            }
            case "ui":
                return Optional.ofNullable(yaml(dataDirectory.resolve("ui.yml")).get(rest));
            default:
                return Optional.empty();
        }
    }

    /**
     * Reads every YAML file now, so that a syntax error is found even in a file no page uses yet.
     * @throws HelpSourceException for the first file that does not parse
     */
    public void checkYaml() {
        Path variables = dataDirectory.resolve("variables");
        if (Files.isDirectory(variables)) {
            try (var files = Files.list(variables)) {
                files.filter(file -> file.toString().endsWith(".yml")).sorted().forEach(this::yaml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        yaml(dataDirectory.resolve("ui.yml"));
    }

    private Optional<DataEntry> readReusable(String dottedPath) {
        Path file = dataDirectory.resolve("reusables").resolve(dottedPath.replace('.', '/') + ".md");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file).replace("\r\n", "\n");
            return Optional.of(new DataEntry(text, new SourceLocation(SourceNames.of(file), 1, 1), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, DataEntry> yaml(Path file) {
        return yamlFiles.computeIfAbsent(file, DataStore::readYaml);
    }

    private static Map<String, DataEntry> readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        String text;
        try {
            text = Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw YamlErrors.of(e, text, SourceNames.of(file), 1);
        }
        Map<String, DataEntry> entries = new HashMap<>();
        if (root instanceof MappingNode mapping) {
            flatten(mapping, "", SourceNames.of(file), entries);
        }
        return entries;
    }

    private static void flatten(MappingNode mapping, String prefix, String file, Map<String, DataEntry> entries) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String path = prefix + key.getValue();
            Node value = tuple.getValueNode();
            if (value instanceof MappingNode nested) {
                flatten(nested, path + ".", file, entries);
            } else if (value instanceof ScalarNode scalar) {
                Mark mark = scalar.getStartMark();
                entries.put(path, new DataEntry(scalar.getValue(), new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1), null));
            }
        }
    }
}
