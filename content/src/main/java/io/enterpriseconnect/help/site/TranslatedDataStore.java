package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.liquid.DataEntry;
import io.enterpriseconnect.help.liquid.DataResolver;
import io.enterpriseconnect.help.html.HtmlPolicy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A translation's data with English underneath: a key the translation lacks, a translated YAML file that
 * does not parse, or a translated entry with raw HTML that {@link HtmlPolicy} does not allow, is read from English and the page is told so (it lands in the translation report).
 */
public final class TranslatedDataStore implements DataResolver {

    private final DataStore translation;
    private final DataStore english;
    private final String language;
    private final Consumer<HelpSourceException> brokenFiles;
    private final Map<String, Boolean> checkedHtml = new ConcurrentHashMap<>();

    public TranslatedDataStore(DataStore translation, DataStore english, String language, Consumer<HelpSourceException> brokenFiles) {
        this.translation = translation;
        this.english = english;
        this.language = language;
        this.brokenFiles = brokenFiles;
    }

    @Override
    public Optional<DataEntry> find(String path) {
        try {
            Optional<DataEntry> translated = translation.find(path);
            if (translated.isPresent()) {
                checkedHtml.computeIfAbsent(path, unused -> {
                    DataEntry entry = translated.get();
                    HtmlPolicy.checkSource(entry.text(), entry.origin().file(), entry.origin().line(), entry.origin().column());
                    return Boolean.TRUE;
                });
                return translated;
            }
        } catch (HelpSourceException broken) {
            brokenFiles.accept(broken);
        }
        return english.find(path).map(entry -> entry.asFallbackFor(language));
    }
}
