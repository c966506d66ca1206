package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * The YAML header of a help source and where each of its keys was written, so that a problem with a
 * value is reported at that value's line.
 */
public record FrontMatter(Map<String, Object> values, Map<String, SourceLocation> locations, SourceLocation start) {

    public Object get(String key) {
        return values.get(key);
    }

    public String text(String key) {
        Object value = values.get(key);
        return value == null ? null : String.valueOf(value);
    }

    public List<String> texts(String key) {
        Object value = values.get(key);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    public SourceLocation locationOf(String key) {
        return locations.getOrDefault(key, start);
    }
}
