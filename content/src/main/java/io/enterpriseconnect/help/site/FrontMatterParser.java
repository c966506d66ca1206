package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import io.enterpriseconnect.help.YamlErrors;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Splits a source into its {@code ---} delimited YAML front matter and Markdown body. */
public final class FrontMatterParser {

    private FrontMatterParser() {
    }

    public static SourceFile parse(String text, String file) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        source = source.replace("\r\n", "\n");
        SourceLocation start = new SourceLocation(file, 1, 1);
        if (!source.startsWith("---\n")) {
            throw new HelpSourceException(start, "front matter missing: a page starts with a '---' line, its YAML, and another '---' line");
        }
        int close = source.indexOf("\n---", 3);
        while (close >= 0 && !(close + 4 == source.length() || source.charAt(close + 4) == '\n')) {
            close = source.indexOf("\n---", close + 4);
        }
        if (close < 0) {
            throw new HelpSourceException(start, "front matter is not closed by a '---' line");
        }
        String yaml = source.substring(4, close + 1);
        int bodyOffset = Math.min(source.length(), close + 5);
        int bodyLine = 1 + (int) source.substring(0, bodyOffset).chars().filter(c -> c == '\n').count();
        FrontMatter frontMatter = parseYaml(yaml, file, 2);
        return new SourceFile(file, frontMatter, source.substring(bodyOffset), bodyLine);
    }

    /** @param firstLine the line of the file on which the YAML starts */
    static FrontMatter parseYaml(String yaml, String file, int firstLine) {
        Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
        Object values;
        Node tree;
        try {
            tree = parser.compose(new StringReader(yaml));
            values = parser.load(yaml);
        } catch (MarkedYAMLException e) {
            throw YamlErrors.of(e, yaml, file, firstLine);
        }
        SourceLocation start = new SourceLocation(file, firstLine, 1);
        if (values == null) {
            return new FrontMatter(Map.of(), Map.of(), start);
        }
        if (!(values instanceof Map<?, ?> map)) {
            throw new HelpSourceException(start, "front matter must be a YAML mapping of keys to values");
        }
        Map<String, Object> byKey = new LinkedHashMap<>();
        map.forEach((key, value) -> byKey.put(String.valueOf(key), value));
        Map<String, SourceLocation> locations = new LinkedHashMap<>();
        if (tree instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Mark mark = tuple.getValueNode().getStartMark();
                    locations.put(key.getValue(), new SourceLocation(file, firstLine + mark.getLine(), mark.getColumn() + 1));
                }
            }
        }
        return new FrontMatter(byKey, locations, start);
    }
}
