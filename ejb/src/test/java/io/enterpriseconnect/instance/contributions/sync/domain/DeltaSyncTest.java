package io.enterpriseconnect.instance.contributions.sync.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The high-water mark against an in-memory "database" and "cloud": whatever fails where, a later run
 * leaves the cloud with exactly the instance's counts.
 */
class DeltaSyncTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    /** The instance's rows, keyed by their sync position (a changed row moves to its new version). */
    private final TreeMap<SyncCursor, DeltaRow> rows = new TreeMap<>();
    private final Map<String, DeltaRow> byUserDay = new HashMap<>();
    private long version;
    private final java.util.Set<Long> notSending = new java.util.HashSet<>();
    private SyncCursor mark = SyncCursor.START;
    private final FakeCloud cloud = new FakeCloud();

    @Test
    void sendsEveryChangedRowInBatchesOfAtMostTheBatchSize() {
        writeVersion(12, 3);
        DeltaSync.Outcome outcome = run(5);
        assertEquals(36, outcome.rows());
        assertEquals(List.of(5, 5, 5, 5, 5, 5, 5, 1), cloud.batchSizes);
        assertEquals(8, outcome.batches());
        assertCloudEqualsInstance();
    }

    @Test
    void aBatchSplitsOneVersionAndTheMarkResumesInsideIt() {
        writeVersion(10, 1);
        cloud.failOnBatch = 2;
        assertThrows(IllegalStateException.class, () -> run(4));
        assertEquals(new SyncCursor(1, 4, DAY), mark, "the mark is the last row of the acknowledged batch");

        DeltaSync.Outcome second = run(4);
        assertEquals(6, second.rows(), "only the rows after the mark are sent again");
        assertCloudEqualsInstance();
    }

    @Test
    void aBatchTheCloudAppliedButDidNotAcknowledgeIsSentAgainHarmlessly() {
        writeVersion(6, 2);
        cloud.applyThenFailOnBatch = 2;
        assertThrows(IllegalStateException.class, () -> run(4));
        assertEquals(2, cloud.received.size());

        run(4);
        assertEquals(cloud.received.get(1), cloud.received.get(2), "the unacknowledged batch went again");
        assertCloudEqualsInstance();
    }

    @Test
    void rowsChangedAfterTheyWereSentAreSentAgainWithTheirNewCount() {
        writeVersion(3, 2);
        run(100);
        set(1, DAY, 40);
        set(3, DAY.plusDays(1), 0);
        DeltaSync.Outcome second = run(100);
        assertEquals(2, second.rows());
        assertCloudEqualsInstance();
    }

    @Test
    void rowsOfUsersWhoDoNotSendArePassedOverAndTheMarkMovesPastThem() {
        writeVersion(10, 2);
        notSending.addAll(List.of(1L, 2L, 3L, 4L, 5L));
        DeltaSync.Outcome outcome = run(4);
        assertEquals(10, outcome.rows(), "users 6 to 10 only");
        assertEquals(new SyncCursor(1, 10, DAY.plusDays(1)), outcome.cursor(), "past every row read");
        assertEquals(List.of(2, 4, 4), cloud.batchSizes, "a page of only passed-over rows sends nothing");
        assertTrue(cloud.counts.keySet().stream().noneMatch(k -> k.startsWith("1001/")));
    }

    @Test
    void nothingChangedSendsNothing() {
        writeVersion(3, 1);
        run(10);
        int calls = cloud.received.size();
        DeltaSync.Outcome again = run(10);
        assertEquals(0, again.rows());
        assertEquals(calls, cloud.received.size());
    }

    @Test
    void losingTheLeaseStopsWithoutMovingTheMarkFurther() {
        writeVersion(10, 1);
        List<SyncCursor> marks = new ArrayList<>();
        DeltaSync.Outcome outcome = DeltaSync.run(mark, 3, 1, this::after, this::sendNow, (to, n) -> {
            if (marks.size() == 1) {
                return false;
            }
            marks.add(to);
            mark = to;
            return true;
        });
        assertTrue(outcome.leaseLost());
        assertEquals(marks.get(0), outcome.cursor());
        assertEquals(2, cloud.received.size(), "the second batch went, but the mark stayed before it");
    }

    @Test
    void aCrashBeforeTheMarkIsStoredResendsFromTheStoredMark() {
        writeVersion(8, 1);
        SyncCursor[] stored = {SyncCursor.START};
        assertThrows(IllegalStateException.class, () -> DeltaSync.run(stored[0], 3, 1, this::after, this::sendNow,
                (to, n) -> {
                    if (to.userId() > 3) {
                        throw new IllegalStateException("the node died before storing the mark");
                    }
                    stored[0] = to;
                    return true;
                }));
        mark = stored[0];
        run(3);
        assertCloudEqualsInstance();
        assertFalse(cloud.batchSizes.isEmpty());
    }

    @Test
    void withBatchesInFlightTheMarkStillMovesInOrderAndStopsBeforeAFailedBatch() {
        writeVersion(30, 1);
        cloud.failOnBatch = 3;
        List<SyncCursor> marks = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> DeltaSync.run(mark, 5, 3, this::after, this::sendNow, (to, n) -> {
            marks.add(to);
            mark = to;
            return true;
        }));
        assertEquals(List.of(new SyncCursor(1, 5, DAY), new SyncCursor(1, 10, DAY)), marks,
                "batches 1 and 2 acknowledged; 3 failed, so 4 (already sent) does not count");
        assertTrue(cloud.received.size() >= 3, "the batch after the failed one was in flight: " + cloud.batchSizes);

        DeltaSync.Outcome rest = run(5, 3);
        assertEquals(20, rest.rows());
        assertCloudEqualsInstance();
    }

    @Test
    void batchesInFlightOnOtherThreadsSendEverythingOnce() throws Exception {
        writeVersion(40, 3);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            DeltaSync.Outcome outcome = DeltaSync.run(mark, 7, 3, this::after,
                    batch -> CompletableFuture.runAsync(() -> cloud.sendSynchronized(batch), threads), (to, n) -> {
                        mark = to;
                        return true;
                    });
            assertEquals(120, outcome.rows());
            assertEquals(new SyncCursor(1, 40, DAY.plusDays(2)), outcome.cursor());
        } finally {
            threads.shutdown();
        }
        assertCloudEqualsInstance();
    }

    private DeltaSync.Outcome run(int batchSize) {
        return run(batchSize, 1);
    }

    private DeltaSync.Outcome run(int batchSize, int inFlight) {
        return DeltaSync.run(mark, batchSize, inFlight, this::after, this::sendNow, (to, n) -> {
            mark = to;
            return true;
        });
    }

    /** The cloud's answer as a future: completed, or failed with what the cloud threw. */
    private CompletableFuture<Void> sendNow(List<DeltaRow> batch) {
        try {
            cloud.send(batch);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The next rows whoever they belong to; those of users who do not send are passed over. */
    private DeltaSync.Page after(SyncCursor cursor, int limit) {
        List<DeltaRow> read = rows.tailMap(cursor, false).values().stream().limit(limit).toList();
        return new DeltaSync.Page(read.stream().filter(r -> !notSending.contains(r.userId())).toList(),
                read.isEmpty() ? cursor : read.get(read.size() - 1).position(), read.size() < limit);
    }

    /** One writing transaction: {@code users} users, {@code days} days each, all with one version. */
    private void writeVersion(int users, int days) {
        version++;
        for (long user = 1; user <= users; user++) {
            for (int d = 0; d < days; d++) {
                put(new DeltaRow(version, user, DAY.plusDays(d), (int) (user * 10 + d), 1000 + user));
            }
        }
    }

    private void set(long user, LocalDate day, int count) {
        version++;
        put(new DeltaRow(version, user, day, count, 1000 + user));
    }

    private void put(DeltaRow row) {
        DeltaRow old = byUserDay.put(row.userId() + "/" + row.day(), row);
        if (old != null) {
            rows.remove(old.position());
        }
        rows.put(row.position(), row);
    }

    private void assertCloudEqualsInstance() {
        Map<String, Integer> expected = new TreeMap<>();
        byUserDay.values().stream().filter(r -> r.count() > 0 && !notSending.contains(r.userId()))
                .forEach(r -> expected.put(r.cloudUserId() + "/" + r.day(), r.count()));
        assertEquals(expected, new TreeMap<>(cloud.counts));
    }

    /** Sets counts as the cloud does (0 deletes); can fail before or after applying a batch. */
    private static final class FakeCloud {
        final Map<String, Integer> counts = new HashMap<>();
        final List<List<DeltaRow>> received = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();
        int failOnBatch = -1;
        int applyThenFailOnBatch = -1;

        synchronized void sendSynchronized(List<DeltaRow> batch) {
            send(batch);
        }

        void send(List<DeltaRow> batch) {
            int number = received.size() + 1;
            if (number == failOnBatch) {
                failOnBatch = -1;
                throw new IllegalStateException("the cloud is down");
            }
            received.add(List.copyOf(batch));
            batchSizes.add(batch.size());
            for (DeltaRow row : batch) {
                String key = row.cloudUserId() + "/" + row.day();
                if (row.count() == 0) {
                    counts.remove(key);
                } else {
                    counts.put(key, row.count());
                }
            }
            if (number == applyThenFailOnBatch) {
                applyThenFailOnBatch = -1;
                throw new IllegalStateException("the answer was lost");
            }
        }
    }
}
