package io.enterpriseconnect.help.bench;

import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.site.HelpLanguage;
import io.enterpriseconnect.help.site.HelpPage;
import io.enterpriseconnect.help.site.HelpSources;
import io.enterpriseconnect.help.site.SiteBuilder;
import io.enterpriseconnect.help.site.SiteUrls;
import io.enterpriseconnect.help.versions.ProductVersion;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * {@code ./mvnw -pl content -Pbench verify}: renders the corpus matrix (every page, version and language) with
 * the full pipeline, and the same pages' Markdown with bare commonmark-java, side by side in one run, on one
 * thread each. After warm-up rounds, each page is timed in every repetition; the figures are the median over
 * pages of each page's median time.
 */
public final class HelpBench {

    private record Job(HelpPage page, ProductVersion version, HelpLanguage language, String markdown) {
    }

    private HelpBench() {
    }

    public static void main(String[] args) {
        int warmups = Integer.parseInt(BenchCorpus.option(args, "warmups", "3"));
        int repetitions = Integer.parseInt(BenchCorpus.option(args, "repetitions", "7"));
        BenchCorpus corpus = BenchCorpus.load(args);
        VersionCatalog catalog = corpus.catalog();
        LiquidParser parser = corpus.parser();
        HelpSources sources = corpus.sources();
        SiteBuilder pipeline = new SiteBuilder(sources, parser, new SiteUrls(""));
        List<Job> jobs = new ArrayList<>();
        for (HelpPage page : sources.pages().values()) {
            for (ProductVersion version : page.english().versions().renderedIn(catalog)) {
                for (HelpLanguage language : HelpLanguage.ALL) {
                    jobs.add(new Job(page, version, language, pipeline.renderer().markdownOf(page, version, language)));
                }
            }
        }
        Parser bareParser = Parser.builder().build();
        HtmlRenderer bareRenderer = HtmlRenderer.builder().build();
        long[][] pipelineNanos = new long[jobs.size()][repetitions];
        long[][] bareNanos = new long[jobs.size()][repetitions];
        long sink = 0;
        for (int round = 0; round < warmups + repetitions; round++) {
            boolean measured = round >= warmups;
            for (int i = 0; i < jobs.size(); i++) {
                Job job = jobs.get(i);
                long start = System.nanoTime();
                sink += pipeline.renderPage(job.page(), job.version(), job.language()).length();
                long middle = System.nanoTime();
                sink += bareRenderer.render(bareParser.parse(job.markdown())).length();
                long end = System.nanoTime();
                if (measured) {
                    pipelineNanos[i][round - warmups] = middle - start;
                    bareNanos[i][round - warmups] = end - middle;
                }
            }
        }
        double pipelineMillis = medianOfMedians(pipelineNanos) / 1e6;
        double bareMillis = medianOfMedians(bareNanos) / 1e6;
        System.out.printf("help-bench: %d pages (%d warm-up rounds, %d measured), output %d chars%n",
                jobs.size(), warmups, repetitions, sink / (warmups + repetitions));
        System.out.printf("help-bench: pipeline (Liquid + Markdown + chrome) median %.3f ms/page, total %.0f ms/round%n",
                pipelineMillis, totalMillis(pipelineNanos));
        System.out.printf("help-bench: bare commonmark-java median %.3f ms/page, total %.0f ms/round%n",
                bareMillis, totalMillis(bareNanos));
        System.out.printf("help-bench: pipeline %.3f ms/page, bare markdown %.3f ms/page, ratio %.2f%n",
                pipelineMillis, bareMillis, pipelineMillis / bareMillis);
    }

    private static double medianOfMedians(long[][] samples) {
        double[] perPage = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            perPage[i] = median(samples[i]);
        }
        Arrays.sort(perPage);
        int middle = perPage.length / 2;
        return perPage.length % 2 == 1 ? perPage[middle] : (perPage[middle - 1] + perPage[middle]) / 2;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static double totalMillis(long[][] samples) {
        double total = 0;
        for (long[] page : samples) {
            total += median(page);
        }
        return total / 1e6;
    }
}
