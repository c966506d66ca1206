package io.enterpriseconnect.help.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./mvnw -pl content -Pconformance verify}: renders the corpus, compares it with upstream's renders,
 * writes every difference to {@code target/conformance/report.txt} (and each page the Nu Html Checker finds invalid
 * to {@code target/conformance/invalid-html/}), and ends with the Nu checker's figure and the one summary line.
 */
public final class ConformanceCommand {

    private ConformanceCommand() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Corpus corpus = Corpus.locate(options.get("corpus"));
        if (!corpus.isPresent()) {
            throw new IllegalStateException("no reference corpus at " + corpus.root() + " (set -D" + Corpus.PROPERTY + "=...)");
        }
        ConformanceRun.Result result = new ConformanceRun(corpus).run();
        if (options.containsKey("show")) {
            result.differences().stream().filter(difference -> difference.url().equals(options.get("show"))).forEach(difference ->
                    System.out.println("[" + difference.part() + "]\n--- upstream\n" + difference.expected() + "\n--- ours\n" + difference.actual()));
        }
        Path reportDirectory = Path.of(options.getOrDefault("report", "target/conformance"));
        String report = report(result);
        try {
            Files.createDirectories(reportDirectory);
            Files.writeString(reportDirectory.resolve("report.txt"), report);
            Files.writeString(reportDirectory.resolve("translation-report.json"), result.translationReport());
            for (Map.Entry<String, String> page : result.invalidPages().entrySet()) {
                Path copy = reportDirectory.resolve("invalid-html").resolve(page.getKey());
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, page.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> byExplanation = new TreeMap<>();
        result.differences().forEach(difference ->
                byExplanation.merge(difference.explanation().orElse("UNEXPLAINED"), 1, Integer::sum));
        System.out.println("rendered the corpus in " + result.renderMillis() + " ms; report: " + reportDirectory.resolve("report.txt"));
        byExplanation.forEach((explanation, count) -> System.out.println(count + " x " + explanation));
        result.englishErrors().forEach(error -> System.out.println("error in English source: " + error.getMessage()));
        result.invalidHtml().forEach((file, errors) -> errors.forEach(error -> System.out.println("invalid html: " + file + ":" + error)));
        result.japaneseLinks().missingByPage().forEach((file, targets) -> System.out.println("missing anchor: " + file + " " + targets));
        System.out.println(result.htmlLine());
        System.out.println(result.japaneseLinksLine());
        System.out.println(result.summaryLine());
    }

    static String report(ConformanceRun.Result result) {
        StringBuilder out = new StringBuilder();
        for (ConformanceRun.Difference difference : result.differences()) {
            out.append("== ").append(difference.url()).append(" [").append(difference.part()).append("] ")
                    .append(difference.explanation().map(reason -> "EXPLAINED: " + reason).orElse("UNEXPLAINED")).append('\n');
            out.append(window(difference.expected(), difference.actual()));
        }
        result.englishErrors().forEach(error -> out.append("ERROR ").append(error.getMessage()).append('\n'));
        result.invalidHtml().forEach((file, errors) -> errors.forEach(error -> out.append("INVALID HTML ").append(file).append(':').append(error).append('\n')));
        result.japaneseLinks().missingByPage().forEach((file, targets) -> out.append("MISSING ANCHOR ").append(file).append(' ').append(targets).append('\n'));
        out.append(result.htmlLine()).append('\n');
        out.append(result.japaneseLinksLine()).append('\n');
        out.append(result.summaryLine()).append('\n');
        return out.toString();
    }

    /** The neighbourhood of the first differing character of both texts. */
    static String window(String expected, String actual) {
        int common = 0;
        while (common < expected.length() && common < actual.length() && expected.charAt(common) == actual.charAt(common)) {
            common++;
        }
        int from = Math.max(0, common - 120);
        return "  upstream: …" + expected.substring(from, Math.min(expected.length(), common + 200)).replace("\n", "⏎") + "\n"
                + "  ours:     …" + actual.substring(from, Math.min(actual.length(), common + 200)).replace("\n", "⏎") + "\n";
    }
}
