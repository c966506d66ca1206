package io.enterpriseconnect.help.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import java.util.Map;

/**
 * The analyzer of each language, the same when indexing and searching: English with stemming and stop words,
 * Japanese with Kuromoji's morphological analysis in search mode, which splits compounds
 * (統合コントリビューション into 統合 and コントリビューション).
 */
final class SearchAnalyzers {

    private SearchAnalyzers() {
    }

    static Analyzer of(String language) {
        return "ja".equals(language) ? new JapaneseAnalyzer() : new EnglishAnalyzer();
    }

    /** A language's analyzer for every field: its own, and the other language's for the other-language field. */
    static Analyzer forIndex(String language) {
        return new PerFieldAnalyzerWrapper(of(language), Map.of(SearchFields.OTHER_LANGUAGE, of(SearchScope.otherLanguage(language))));
    }
}
