import io.enterpriseconnect.cloud.contributions.infrastructure.CountBatchReader;
import io.enterpriseconnect.protocol.contributions.ContributionCountBatch;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Reading one full counts batch (5,000 entries, as POST /installation/contributions receives it):
 * the cloud's streaming CountBatchReader (into primitive arrays) side by side with binding the
 * protocol's ContributionCountBatch record with JSON-B (Yasson, what the server would use), and
 * JSON-B plus Bean Validation of the record (what the reader's hand-written checks replace). Same
 * bytes, same JVM, alternating; prints each run and the medians in entries per second.
 *
 *   java -cp "$(cat CLASSPATH)" cloud/bench/CountBatchReadBenchmark.java [RUNS] [BATCHES_PER_RUN]
 *
 * CLASSPATH: cloud/target/classes, protocol/target/classes and the protocol module's test classpath
 * (./mvnw -pl protocol dependency:build-classpath -Dmdep.includeScope=test).
 */
public class CountBatchReadBenchmark {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int perRun = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        byte[] body = batch(5000);
        Jsonb jsonb = JsonbBuilder.create();
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        List<Double> reader = new ArrayList<>();
        List<Double> bound = new ArrayList<>();
        List<Double> validated = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            double r = time(perRun, () -> CountBatchReader.read(new ByteArrayInputStream(body)).size());
            double b = time(perRun, () -> jsonb.fromJson(new ByteArrayInputStream(body), ContributionCountBatch.class)
                    .counts().size());
            double v = time(perRun, () -> {
                ContributionCountBatch batch = jsonb.fromJson(new ByteArrayInputStream(body), ContributionCountBatch.class);
                return validator.validate(batch).size() + batch.counts().size();
            });
            if (run > 0) {
                reader.add(r);
                bound.add(b);
                validated.add(v);
            }
            System.out.printf("run %d%s: CountBatchReader %,.0f entries/s, JSON-B %,.0f, JSON-B + Bean Validation %,.0f%n",
                    run, run == 0 ? " (warm-up)" : "", r, b, v);
        }
        double readerMedian = median(reader);
        System.out.printf("median of %d runs: CountBatchReader %,.0f entries/s; JSON-B %,.0f (reader %.1fx); "
                + "JSON-B + Bean Validation %,.0f (reader %.1fx)%n", runs, readerMedian, median(bound),
                readerMedian / median(bound), median(validated), readerMedian / median(validated));
    }

    /** Entries per second over {@code batches} reads of one 5,000-entry batch. */
    static double time(int batches, java.util.function.IntSupplier read) {
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < batches; i++) {
            sink += read.getAsInt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink != 5000L * batches) {
            throw new IllegalStateException("read " + sink + " entries");
        }
        return sink / seconds;
    }

    /** An instance's batch: users in order, each user's 90 days together. */
    static byte[] batch(int entries) {
        StringBuilder json = new StringBuilder(entries * 52).append("{\"batch_id\":\"").append(UUID.randomUUID())
                .append("\",\"counts\":[");
        LocalDate today = LocalDate.now();
        for (int i = 0; i < entries; i++) {
            json.append(i == 0 ? "" : ",").append("{\"user_id\":").append(100_000 + i / 90).append(",\"day\":\"")
                    .append(today.minusDays(i % 90)).append("\",\"count\":").append(1 + i % 17).append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
