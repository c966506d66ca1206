package io.enterpriseconnect.help.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a visitor typed, made safe and turned into a query. The text is never handed to Lucene's query parser:
 * it goes through the language's analyzer, so {@code title:(} or {@code *} are only words (or nothing), and each
 * word found is looked for in the title, headings, intro and body, the title counting most. The last word, while
 * still being typed, also matches the start of a word in titles and headings ("unif" finds "unified"; not in the
 * body, where a short prefix expands to too many words to stay fast). The words, analysed as the other
 * language, are also looked for in the other language's title and intro of each page, so 統合 finds the English
 * page whose Japanese title has it, and "unified contributions" the Japanese page.
 */
public record SearchRequest(String text, boolean shortened, List<String> terms, boolean lastIsPrefix, List<String> otherLanguageTerms) {

    /** Longer input is cut here: no help page is found by more words than this. */
    public static final int MAX_LENGTH = 200;
    static final int MAX_TERMS = 24;
    private static final int MIN_PREFIX = 2;

    /**
     * @param analyzer      the scope's language's
     * @param otherAnalyzer the other language's, for the titles and intros of the pages in that language
     */
    public static SearchRequest of(String raw, Analyzer analyzer, Analyzer otherAnalyzer) {
        String cleaned = raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ");
        boolean shortened = cleaned.length() > MAX_LENGTH;
        int cut = shortened && Character.isHighSurrogate(cleaned.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        String text = (shortened ? cleaned.substring(0, cut) : cleaned).strip();
        List<String> terms = new ArrayList<>();
        int lastEnd = analyse(analyzer, text, terms);
        boolean lastIsPrefix = !terms.isEmpty() && lastEnd == text.length() && terms.get(terms.size() - 1).length() >= MIN_PREFIX
                && !shortened && !raw.endsWith(" ");
        List<String> otherTerms = new ArrayList<>();
        analyse(otherAnalyzer, text, otherTerms);
        return new SearchRequest(text, shortened, List.copyOf(terms), lastIsPrefix, List.copyOf(otherTerms));
    }

    /** Adds the distinct terms of a text to a list, at most {@link #MAX_TERMS}; returns where the last one ends. */
    private static int analyse(Analyzer analyzer, String text, List<String> terms) {
        int lastEnd = -1;
        try (TokenStream tokens = analyzer.tokenStream(SearchFields.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                if (!terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
                lastEnd = Math.max(lastEnd, offset.endOffset());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string in memory cannot fail", e);
        }
        return lastEnd;
    }

    public boolean isEmpty() {
        return terms.isEmpty() && otherLanguageTerms.isEmpty();
    }

    /** What finds the pages: every word in every field, the last also as a prefix while it is being typed. */
    Query query() {
        return query(lastIsPrefix);
    }

    /**
     * What the snippets highlight: the words only. Highlighting a prefix means walking every term it expands to in
     * every page shown, which costs more than the search itself.
     */
    Query highlightQuery() {
        return query(false);
    }

    private Query query(boolean withPrefix) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            List<Query> fields = new ArrayList<>(List.of(
                    new BoostQuery(new TermQuery(new Term(SearchFields.TITLE, term)), 4f),
                    new BoostQuery(new TermQuery(new Term(SearchFields.HEADINGS, term)), 2f),
                    new BoostQuery(new TermQuery(new Term(SearchFields.INTRO, term)), 2f),
                    new TermQuery(new Term(SearchFields.BODY, term))));
            if (withPrefix && i == terms.size() - 1) {
                fields.add(new BoostQuery(new PrefixQuery(new Term(SearchFields.TITLE, term)), 2f));
                fields.add(new PrefixQuery(new Term(SearchFields.HEADINGS, term)));
            }
            query.add(new DisjunctionMaxQuery(fields, 0.1f), BooleanClause.Occur.SHOULD);
        }
        for (String term : otherLanguageTerms) {
            query.add(new BoostQuery(new TermQuery(new Term(SearchFields.OTHER_LANGUAGE, term)), 2f), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }
}
