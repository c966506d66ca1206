package io.enterpriseconnect.help.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;

/**
 * Writes one Lucene index per language from the pages' searchable text. A page that reads the same in several
 * versions (most do) is analysed and stored once, tagged with each of those versions; a search filters on its
 * version. Each index is merged into a single compound segment, so that it ships in the jar as a handful of
 * files. Closes each directory when done.
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

    /** A page's text in one language, with the versions it reads so in. */
    private record Entry(SearchablePage page, SearchablePage otherLanguage, List<String> versions) {
    }

    private SearchIndexer() {
    }

    /**
     * @param directories where each language's index goes (a folder of the built site, or memory)
     * @return the number of documents written per language: one per page and distinct text
     */
    public static Map<String, Integer> index(Collection<SearchablePage> pages, Function<String, Directory> directories) {
        Map<String, SearchablePage> byPath = pages.stream().collect(Collectors.toMap(SearchablePage::path, page -> page, (a, b) -> a));
        Map<String, Map<List<Object>, Entry>> byLanguage = new TreeMap<>();
        for (SearchablePage page : pages) {
            SearchScope scope = page.scope();
            SearchablePage other = byPath.get("/" + scope.otherLanguage().language() + "/" + scope.version() + page.pathInVersion());
            List<Object> sameText = List.of(page.pathInVersion(), page.title(), page.intro(), page.headings(), page.body(), page.breadcrumb(),
                    other == null ? "" : other.title() + "\n" + other.intro());
            byLanguage.computeIfAbsent(scope.language(), unused -> new LinkedHashMap<>())
                    .computeIfAbsent(sameText, unused -> new Entry(page, other, new ArrayList<>()))
                    .versions().add(scope.version());
        }
        Map<String, Integer> written = new TreeMap<>();
        byLanguage.entrySet().parallelStream().forEach(language -> {
            write(language.getKey(), language.getValue().values(), directories.apply(language.getKey()));
            synchronized (written) {
                written.put(language.getKey(), language.getValue().size());
            }
        });
        return written;
    }

    private static void write(String language, Collection<Entry> entries, Directory directory) {
        TieredMergePolicy mergePolicy = new TieredMergePolicy();
        mergePolicy.setNoCFSRatio(1.0);
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.forIndex(language))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256)
                .setUseCompoundFile(true)
                .setMergePolicy(mergePolicy);
        try (directory; IndexWriter writer = new IndexWriter(directory, config)) {
            for (Entry entry : entries) {
                writer.addDocument(document(entry));
            }
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the search index " + SearchScope.folder(language), e);
        }
    }

    private static Document document(Entry entry) {
        SearchablePage page = entry.page();
        Document document = new Document();
        entry.versions().forEach(version -> document.add(new StringField(SearchFields.VERSION, version, Field.Store.NO)));
        document.add(new StoredField(SearchFields.PATH, page.pathInVersion()));
        document.add(new StoredField(SearchFields.BREADCRUMB, String.join(SearchFields.CRUMB_SEPARATOR, page.breadcrumb())));
        document.add(new TextField(SearchFields.TITLE, page.title(), Field.Store.YES));
        document.add(new TextField(SearchFields.INTRO, page.intro(), Field.Store.YES));
        document.add(new TextField(SearchFields.HEADINGS, String.join("\n", page.headings()), Field.Store.NO));
        document.add(new Field(SearchFields.BODY, page.body(), BODY));
        if (entry.otherLanguage() != null) {
            SearchablePage other = entry.otherLanguage();
            document.add(new TextField(SearchFields.OTHER_LANGUAGE, other.title() + "\n" + other.intro(), Field.Store.NO));
        }
        return document;
    }
}
