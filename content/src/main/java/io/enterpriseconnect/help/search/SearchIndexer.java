package io.enterpriseconnect.help.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;

/**
 * Writes one Lucene index per language and version from the pages' searchable text. Each index is merged into a
 * single compound segment, so that it ships in the jar as a handful of files. Closes each directory when done.
 */
public final class SearchIndexer {

    /** The body keeps its offsets in the postings, so that snippets are highlighted without analysing the text again. */
    private static final FieldType BODY;

    static {
        FieldType body = new FieldType(TextField.TYPE_STORED);
        body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        body.freeze();
        BODY = body;
    }

    private SearchIndexer() {
    }

    /**
     * @param directories where each scope's index goes (a folder of the built site, or memory)
     * @return the scopes written, with the number of pages in each
     */
    public static Map<SearchScope, Integer> index(Collection<SearchablePage> pages, Function<SearchScope, Directory> directories) {
        Map<SearchScope, List<SearchablePage>> byScope = pages.stream()
                .collect(Collectors.groupingBy(SearchablePage::scope, LinkedHashMap::new, Collectors.toList()));
        Map<String, SearchablePage> byPath = pages.stream().collect(Collectors.toMap(SearchablePage::path, page -> page, (a, b) -> a));
        Map<SearchScope, Integer> written = new LinkedHashMap<>();
        byScope.entrySet().parallelStream().forEach(entry -> {
            write(entry.getKey(), entry.getValue(), byPath, directories.apply(entry.getKey()));
            synchronized (written) {
                written.put(entry.getKey(), entry.getValue().size());
            }
        });
        return written;
    }

    private static void write(SearchScope scope, List<SearchablePage> pages, Map<String, SearchablePage> byPath, Directory directory) {
        TieredMergePolicy mergePolicy = new TieredMergePolicy();
        mergePolicy.setNoCFSRatio(1.0);
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.forIndex(scope))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setUseCompoundFile(true)
                .setMergePolicy(mergePolicy);
        try (directory; IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchablePage page : pages) {
                SearchablePage other = byPath.get("/" + scope.otherLanguage().language() + page.path().substring(1 + scope.language().length()));
                writer.addDocument(document(page, other));
            }
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the search index " + scope.folder(), e);
        }
    }

    private static Document document(SearchablePage page, SearchablePage otherLanguage) {
        Document document = new Document();
        document.add(new StoredField(SearchFields.PATH, page.path()));
        document.add(new StoredField(SearchFields.BREADCRUMB, String.join(SearchFields.CRUMB_SEPARATOR, page.breadcrumb())));
        document.add(new TextField(SearchFields.TITLE, page.title(), Field.Store.YES));
        document.add(new TextField(SearchFields.INTRO, page.intro(), Field.Store.YES));
        document.add(new TextField(SearchFields.HEADINGS, String.join("\n", page.headings()), Field.Store.NO));
        document.add(new Field(SearchFields.BODY, page.body(), BODY));
        if (otherLanguage != null) {
            document.add(new TextField(SearchFields.OTHER_LANGUAGE, otherLanguage.title() + "\n" + otherLanguage.intro(), Field.Store.NO));
        }
        return document;
    }
}
