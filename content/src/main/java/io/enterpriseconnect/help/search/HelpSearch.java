package io.enterpriseconnect.help.search;

import io.enterpriseconnect.help.site.RenderedSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.document.Document;

/**
 * Searches the indexes the site build wrote, one per language, filtered on the version searched. An index is read
 * into memory the first time its language is searched (a few hundred kilobytes; nothing is indexed at run time) and
 * then shared by all requests: Lucene's searchers are thread-safe.
 *
 * <pre>{@code
 * HelpSearch search = HelpSearch.fromClasspath();
 * SearchResults results = search.search(new SearchScope("ja", "enterprise-server@3.1"), "統合", 10);
 * }</pre>
 */
public final class HelpSearch {

    private static final String MARK_START = "<mark>";
    private static final String MARK_END = "</mark>";
    private static final int SNIPPET_LENGTH = 240;

    private record Index(IndexSearcher searcher, Analyzer analyzer, Analyzer otherAnalyzer, UnifiedHighlighter highlighter) {
        boolean has(String version) {
            try {
                return searcher.getIndexReader().docFreq(new Term(SearchFields.VERSION, version)) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Function<String, Optional<Directory>> directories;
    private final Map<String, Optional<Index>> indexes = new ConcurrentHashMap<>();

    /** @param directories each language's index, or empty when the site has none for it */
    public HelpSearch(Function<String, Optional<Directory>> directories) {
        this.directories = directories;
    }

    public static HelpSearch fromClasspath() {
        return fromClassLoader(HelpSearch.class.getClassLoader());
    }

    public static HelpSearch fromClassLoader(ClassLoader classLoader) {
        return new HelpSearch(language -> load(classLoader, RenderedSite.ROOT + SearchScope.folder(language) + "/"));
    }

    /** The best {@code limit} pages of a language and version for what a visitor typed, which may be anything. */
    public SearchResults search(SearchScope scope, String typed, int limit) {
        return search(scope, typed, limit, true);
    }

    /**
     * @param snippets whether to highlight a passage of each page found (the results page) or not (the suggestions
     *                 under a search box, which show titles only and come back faster without)
     */
    public SearchResults search(SearchScope scope, String typed, int limit, boolean snippets) {
        Optional<Index> index = SearchScope.isWellFormed(scope.language(), scope.version())
                ? indexes.computeIfAbsent(scope.language(), this::open) : Optional.empty();
        if (index.isEmpty() || !index.get().has(scope.version())) {
            return new SearchResults(scope, "", false, SearchResults.Outcome.UNKNOWN_SCOPE, 0, List.of());
        }
        SearchRequest request = SearchRequest.of(typed == null ? "" : typed, index.get().analyzer(), index.get().otherAnalyzer());
        if (request.isEmpty()) {
            return new SearchResults(scope, request.text(), request.shortened(), SearchResults.Outcome.NO_TERMS, 0, List.of());
        }
        try {
            return found(scope, request, index.get(), Math.max(1, limit), snippets);
        } catch (IOException e) {
            throw new UncheckedIOException("searching " + scope, e);
        }
    }

    private static SearchResults found(SearchScope scope, SearchRequest request, Index index, int limit, boolean highlight) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(request.query(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.VERSION, scope.version())), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = index.searcher().search(query, limit);
        String[] snippets = highlight ? index.highlighter().highlight(SearchFields.BODY, request.highlightQuery(), top, 1)
                : new String[top.scoreDocs.length];
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document page = index.searcher().storedFields().document(scoreDoc.doc);
            // Kuromoji splits long katakana words (コント|リビューション): show one mark per word found.
            String snippet = !highlight ? "" : snippets[i] != null && !snippets[i].isBlank() ? snippets[i].replace(MARK_END + MARK_START, "")
                    : escape(page.get(SearchFields.INTRO));
            String crumbs = page.get(SearchFields.BREADCRUMB);
            hits.add(new SearchHit("/" + scope.language() + "/" + scope.version() + page.get(SearchFields.PATH), page.get(SearchFields.TITLE),
                    crumbs.isEmpty() ? List.of() : Arrays.asList(crumbs.split(SearchFields.CRUMB_SEPARATOR)), snippet));
        }
        long total = top.totalHits.value;
        return new SearchResults(scope, request.text(), request.shortened(),
                total == 0 ? SearchResults.Outcome.NO_RESULTS : SearchResults.Outcome.FOUND, total, List.copyOf(hits));
    }

    private Optional<Index> open(String language) {
        return directories.apply(language).map(directory -> {
            try {
                IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
                Analyzer analyzer = SearchAnalyzers.of(language);
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, "… ", true))
                        .withMaxLength(10_000)
                        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(
                                "ja".equals(language) ? Locale.JAPANESE : Locale.ENGLISH), SNIPPET_LENGTH, 0.3f))
                        .build();
                return new Index(searcher, analyzer, SearchAnalyzers.of(SearchScope.otherLanguage(language)), highlighter);
            } catch (IOException e) {
                throw new UncheckedIOException("opening the search index " + SearchScope.folder(language), e);
            }
        });
    }

    /** Copies an index the build put on the classpath into memory, by the file list written beside it. */
    private static Optional<Directory> load(ClassLoader classLoader, String folder) {
        try (InputStream list = classLoader.getResourceAsStream(folder + SearchScope.FILE_LIST)) {
            if (list == null) {
                return Optional.empty();
            }
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            List<String> names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
                    .filter(name -> !name.isBlank()).toList();
            for (String name : names) {
                try (InputStream in = classLoader.getResourceAsStream(folder + name);
                     IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
                    if (in == null) {
                        throw new IOException("the search index " + folder + " lists " + name + " but the jar has no such file");
                    }
                    byte[] bytes = in.readAllBytes();
                    out.writeBytes(bytes, bytes.length);
                }
            }
            return Optional.of(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
