package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.liquid.DataEntry;
import io.enterpriseconnect.help.liquid.DataResolver;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A translation's data with English underneath: a key the translation lacks, or a translated YAML file that
 * does not parse, is read from English and the page is told so (it lands in the translation report).
 */
public final class TranslatedDataStore implements DataResolver {

    private final DataStore translation;
    private final DataStore english;
    private final String language;
    private final Consumer<HelpSourceException> brokenFiles;

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
                return translated;
            }
        } catch (HelpSourceException broken) {
            brokenFiles.accept(broken);
        }
        return english.find(path).map(entry -> entry.asFallbackFor(language));
    }
}
