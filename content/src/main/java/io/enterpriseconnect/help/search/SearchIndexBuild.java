package io.enterpriseconnect.help.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search part of the site build: indexes the pages the build has just written under the site root, into
 * {@code search/{lang}/} beside them, each with a {@link SearchScope#FILE_LIST} naming its files so that the server
 * can load the index from the jar without listing it.
 */
public final class SearchIndexBuild {

    private SearchIndexBuild() {
    }

    /**
     * @param siteRoot  the built site, {@code target/classes/help-site}
     * @param pageFiles the pages written, relative to it: {@code en/enterprise-server@3.1/admin/index.html}
     * @return the number of documents written per language
     */
    public static Map<String, Integer> run(Path siteRoot, List<String> pageFiles) {
        List<SearchablePage> pages = pageFiles.parallelStream()
                .map(file -> SearchablePage.of(SearchablePage.pathOfFile(file), read(siteRoot.resolve(file))))
                .toList();
        Map<String, Integer> written = SearchIndexer.index(pages, language -> open(siteRoot.resolve(SearchScope.folder(language))));
        written.keySet().forEach(language -> listFiles(siteRoot.resolve(SearchScope.folder(language))));
        return written;
    }

    private static Directory open(Path folder) {
        try {
            Files.createDirectories(folder);
            return FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void listFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.equals(SearchScope.FILE_LIST) && !name.equals(IndexWriter.WRITE_LOCK_NAME))
                    .sorted().toList();
            Files.writeString(folder.resolve(SearchScope.FILE_LIST), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
