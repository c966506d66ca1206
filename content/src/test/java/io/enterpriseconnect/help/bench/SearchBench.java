package io.enterpriseconnect.help.bench;

import io.enterpriseconnect.help.search.HelpSearch;
import io.enterpriseconnect.help.search.SearchScope;
import io.enterpriseconnect.help.search.SearchIndexer;
import io.enterpriseconnect.help.search.SearchablePage;
import io.enterpriseconnect.help.site.SiteBuilder;
import io.enterpriseconnect.help.site.SiteUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;

/**
 * {@code ./mvnw -pl content -Psearch-bench verify}: renders the corpus matrix (every page of github-docs-2021-06 in
 * every version, en and ja) with the site build, then measures what the search adds: building every index from the
 * rendered pages (HTML extraction + Lucene, the build step's own code), the indexes' size, and the latency of a
 * fixed query set in both languages over every version, as the server runs it (analysis, search, highlighted
 * snippets of the best 10). The baseline on the same pages is a plain case-insensitive substring scan of their text.
 */
public final class SearchBench {

    private static final List<String> ENGLISH = List.of("unified contributions", "GitHub Connect", "backup", "high availability",
            "LDAP", "upgrade", "license", "SAML single sign-on", "configure email notifications", "unif", "dormant users",
            "audit log");
    private static final List<String> JAPANESE = List.of("統合", "コントリビューション数", "バックアップ", "高可用性", "ライセンス",
            "アップグレード", "GitHub Connect", "メール通知", "認証", "監査ログ", "リポジトリ", "設定");

    private SearchBench() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(BenchCorpus.option(args, "rounds", "5"));
        BenchCorpus corpus = BenchCorpus.load(args);
        Map<String, String> site = new ConcurrentHashMap<>();
        List<String> pageFiles = new SiteBuilder(corpus.sources(), corpus.parser(), new SiteUrls("")).build(site::put).pagePaths();
        System.out.printf("search-bench: %d rendered pages (corpus matrix, en + ja); system load average %.1f on %d cores%n", pageFiles.size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());

        long[] buildNanos = new long[rounds];
        long[] extractNanos = new long[rounds];
        Map<String, Directory> indexes = Map.of();
        Map<String, Integer> documents = Map.of();
        List<SearchablePage> pages = List.of();
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            pages = pageFiles.parallelStream().map(file -> SearchablePage.of(SearchablePage.pathOfFile(file), site.get(file))).toList();
            long extracted = System.nanoTime();
            Map<String, Directory> built = new ConcurrentHashMap<>();
            documents = SearchIndexer.index(pages, language -> {
                ByteBuffersDirectory directory = new ByteBuffersDirectory();
                built.put(language, directory);
                return new KeptOpen(directory);
            });
            if (round > 0) {
                buildNanos[round - 1] = System.nanoTime() - start;
                extractNanos[round - 1] = extracted - start;
            }
            indexes = built;
        }
        long bytes = indexes.values().stream().mapToLong(SearchBench::size).sum();
        System.out.printf("search-bench: index build (extract + index %d pages into %d indexes, %s documents: one per distinct text)"
                        + " median %.0f ms, of which HTML text extraction %.0f ms, over %d rounds after a warm-up round%n",
                pages.size(), indexes.size(), documents, median(buildNanos) / 1e6, median(extractNanos) / 1e6, rounds);
        System.out.printf("search-bench: index size %.1f KiB in all%n", bytes / 1024.0);

        Map<String, Directory> loaded = indexes;
        HelpSearch search = new HelpSearch(scope -> Optional.ofNullable(loaded.get(scope)));
        Map<SearchScope, List<String>> texts = new ConcurrentHashMap<>();
        pages.forEach(page -> texts.computeIfAbsent(page.scope(), unused -> new ArrayList<>())
                .add((page.title() + "\n" + page.intro() + "\n" + page.body()).toLowerCase(Locale.ROOT)));
        for (String language : List.of("en", "ja")) {
            List<String> queries = language.equals("en") ? ENGLISH : JAPANESE;
            List<SearchScope> scopes = texts.keySet().stream().filter(scope -> scope.language().equals(language)).toList();
            List<Long> lucene = new ArrayList<>();
            List<Long> suggestions = new ArrayList<>();
            List<Long> scan = new ArrayList<>();
            long found = 0;
            for (int round = 0; round <= rounds; round++) {
                for (SearchScope scope : scopes) {
                    for (String query : queries) {
                        long suggested = System.nanoTime();
                        found += search.search(scope, query, 8, false).total();
                        long start = System.nanoTime();
                        found += search.search(scope, query, 10).total();
                        long middle = System.nanoTime();
                        found += scan(texts.get(scope), query);
                        long end = System.nanoTime();
                        if (round > 0) {
                            suggestions.add(start - suggested);
                            lucene.add(middle - start);
                            scan.add(end - middle);
                        }
                    }
                }
            }
            System.out.printf("search-bench: %s %d queries x %d versions x %d rounds (checksum %d)%n", language, queries.size(), scopes.size(),
                    rounds, found);
            print(language, "suggestions, best 8, no snippets", suggestions);
            print(language, "results page, best 10 with highlighted snippets", lucene);
            print(language, "baseline: substring scan of every page's text", scan);
        }
    }

    private static void print(String language, String what, List<Long> nanos) {
        System.out.printf("search-bench: %s %-50s p50 %6.2f ms, p95 %6.2f ms, p99 %6.2f ms%n", language, what,
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99));
    }

    private static long scan(List<String> texts, String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        return texts.stream().filter(text -> text.contains(needle)).count();
    }

    private static long size(Directory directory) {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double percentile(List<Long> nanos, int percent) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The indexer closes each directory it wrote; the benchmark keeps the in-memory ones to search them. */
    private static final class KeptOpen extends FilterDirectory {
        KeptOpen(Directory in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
