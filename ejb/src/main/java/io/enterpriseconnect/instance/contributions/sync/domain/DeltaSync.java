package io.enterpriseconnect.instance.contributions.sync.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Sends the changed rows after the high-water mark in batches, and moves the mark past a batch only
 * once the cloud acknowledged it and every batch before it. A few batches may be in flight at once
 * (the next is read while the cloud applies the last): they hold different rows, and the cloud sets
 * counts, so the order in which it applies them does not matter; the mark still moves strictly in
 * order. Pure logic over three ports, so the guarantees are tested without a database or a cloud:
 * whatever fails, the mark never passes a row the cloud has not applied.
 */
public final class DeltaSync {

    /**
     * The next {@code limit} changed rows after a position, in cursor order, of which those of users
     * who send their counts are to go to the cloud.
     */
    public interface Source {
        Page after(SyncCursor cursor, int limit);
    }

    /**
     * A page of changed rows: those to send, the position of the last row read (sent or not: rows of
     * users who do not send are passed over; a restore covers them when they start), and whether it
     * was the last page.
     */
    public record Page(List<DeltaRow> rows, SyncCursor end, boolean last) {
    }

    /** The cloud: the future completes once it applied the whole batch, or fails. */
    public interface Cloud {
        CompletableFuture<Void> send(List<DeltaRow> batch);
    }

    /** Stores the new mark; false when this run no longer holds the lease (another node took over). */
    public interface Marks {
        boolean advance(SyncCursor to, int rowsInBatch);
    }

    /** What one pass sent: rows, batches, and where the mark stands. */
    public record Outcome(long rows, int batches, SyncCursor cursor, boolean leaseLost) {
    }

    private record InFlight(SyncCursor end, int rows, CompletableFuture<Void> acknowledged) {
    }

    private DeltaSync() {
    }

    /**
     * Sends until no changed row is left, a send fails (rethrown, once every batch in flight has
     * settled) or the lease is lost.
     *
     * @param inFlight how many batches may be on their way at once (1: one after the other)
     */
    public static Outcome run(SyncCursor from, int batchSize, int inFlight, Source source, Cloud cloud, Marks marks) {
        if (batchSize < 1 || inFlight < 1) {
            throw new IllegalArgumentException("batch size and batches in flight must be positive");
        }
        Deque<InFlight> pending = new ArrayDeque<>();
        SyncCursor readFrom = from;
        SyncCursor mark = from;
        boolean exhausted = false;
        long rows = 0;
        int batches = 0;
        try {
            while (true) {
                while (!exhausted && pending.size() < inFlight) {
                    Page page = source.after(readFrom, batchSize);
                    exhausted = page.last();
                    if (page.end() == null || page.end().compareTo(readFrom) <= 0) {
                        break;
                    }
                    readFrom = page.end();
                    pending.add(new InFlight(readFrom, page.rows().size(), page.rows().isEmpty()
                            ? CompletableFuture.completedFuture(null) : cloud.send(page.rows())));
                }
                InFlight oldest = pending.poll();
                if (oldest == null) {
                    return new Outcome(rows, batches, mark, false);
                }
                await(oldest.acknowledged());
                if (!marks.advance(oldest.end(), oldest.rows())) {
                    settle(pending);
                    return new Outcome(rows, batches, mark, true);
                }
                mark = oldest.end();
                rows += oldest.rows();
                batches++;
            }
        } catch (RuntimeException e) {
            settle(pending);
            throw e;
        }
    }

    /** Waits for the batches still on their way, whatever their outcome, so none outlives the run. */
    private static void settle(Deque<InFlight> pending) {
        for (InFlight batch : pending) {
            try {
                batch.acknowledged().get();
            } catch (ExecutionException | CompletionException ignored) {
                // the run already failed or stopped; this batch is sent again by the next run
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void await(CompletableFuture<Void> acknowledged) {
        try {
            acknowledged.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
