package io.enterpriseconnect.help.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every place a translated page falls back to English, with file, line and reason. Issues that differ only in
 * version are merged into one line listing the versions.
 */
public final class TranslationReport {

    private final Map<String, TranslationIssue> issues = new LinkedHashMap<>();

    public synchronized void add(TranslationIssue issue) {
        String key = issue.language() + "|" + issue.kind() + "|" + issue.page() + "|" + issue.location() + "|" + issue.reason();
        issues.merge(key, issue, (known, again) -> known.versions().contains(again.versions()) ? known
                : new TranslationIssue(known.language(), known.kind(), known.page(), known.versions() + ", " + again.versions(),
                        known.location(), known.reason()));
    }

    public synchronized List<TranslationIssue> issues() {
        List<TranslationIssue> sorted = new ArrayList<>(issues.values());
        sorted.sort(Comparator.comparing(TranslationIssue::language).thenComparing(TranslationIssue::page)
                .thenComparing(issue -> issue.kind().name()));
        return sorted;
    }

    public String toJson() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TranslationIssue issue : issues()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("language", issue.language());
            row.put("kind", issue.kind().name());
            row.put("page", issue.page());
            row.put("versions", issue.versions());
            row.put("file", issue.location().file());
            row.put("line", issue.location().line());
            row.put("column", issue.location().column());
            row.put("reason", issue.reason());
            rows.add(row);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("fallbacks", rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows for the HTML report page. */
    public List<Map<String, String>> rows() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (TranslationIssue issue : issues()) {
            rows.add(Map.of("language", issue.language(), "kind", issue.kind().name(), "page", issue.page(),
                    "versions", issue.versions(), "file", issue.location().file(), "line", String.valueOf(issue.location().line()),
                    "column", String.valueOf(issue.location().column()), "reason", issue.reason()));
        }
        return rows;
    }
}
