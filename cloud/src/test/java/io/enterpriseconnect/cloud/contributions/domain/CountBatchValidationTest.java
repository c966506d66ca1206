package io.enterpriseconnect.cloud.contributions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.cloud.contributions.infrastructure.CountBatchReaderTest;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.protocol.errors.GitHubError;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class CountBatchValidationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final String BATCH_ID = "\"batch_id\": \"6f1c1f3e-3f43-4c8e-9d61-2f0c6a1b7e10\"";

    @Test
    void aBatchOfLinkedUsersRecentDaysAndSaneCountsPasses() {
        CountBatch batch = batch("{\"user_id\": 1, \"day\": \"2026-11-21\", \"count\": 100000}",
                "{\"user_id\": 2, \"day\": \"2025-11-20\", \"count\": 0}");
        CountBatchValidation.check(batch, TODAY, Set.of(1L, 2L), batch.orderByUserAndDay());
    }

    @Test
    void everyBadEntryIsNamedByIndexAndField() {
        CountBatch batch = batch("{\"user_id\": 1, \"day\": \"2026-11-20\", \"count\": 5}",
                "{\"user_id\": 3, \"day\": \"2026-11-20\", \"count\": 5}",
                "{\"user_id\": 1, \"day\": \"2026-11-22\", \"count\": 5}",
                "{\"user_id\": 1, \"day\": \"2025-11-19\", \"count\": 5}",
                "{\"user_id\": 1, \"day\": \"2026-11-19\", \"count\": -1}",
                "{\"user_id\": 1, \"day\": \"2026-11-18\", \"count\": 100001}");
        List<GitHubError.FieldError> errors = errors(batch, Set.of(1L));
        assertEquals(List.of("counts[1].user_id", "counts[2].day", "counts[3].day", "counts[4].count", "counts[5].count"),
                errors.stream().map(GitHubError.FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("user 3 is not linked"), errors.get(0)::message);
        assertTrue(errors.get(1).message().contains("in the future"), errors.get(1)::message);
        assertTrue(errors.get(2).message().contains("more than 366 days old"), errors.get(2)::message);
        assertEquals("ContributionCount", errors.get(0).resource());
    }

    @Test
    void theSameUserAndDayTwiceIsRefusedAtTheLaterEntry() {
        CountBatch batch = batch("{\"user_id\": 1, \"day\": \"2026-11-20\", \"count\": 5}",
                "{\"user_id\": 1, \"day\": \"2026-11-19\", \"count\": 5}",
                "{\"user_id\": 1, \"day\": \"2026-11-20\", \"count\": 6}");
        GitHubError.FieldError duplicate = errors(batch, Set.of(1L)).get(0);
        assertEquals("counts[2].day", duplicate.field());
        assertEquals("already_exists", duplicate.code());
        assertTrue(duplicate.message().contains("counts[0]"), duplicate::message);
    }

    @Test
    void theBatchIdMustBeAUuid() {
        CountBatch batch = CountBatchReaderTest.read("{\"batch_id\": \"nope\", \"counts\": []}");
        assertEquals("batch_id", errors(batch, Set.of()).get(0).field());
        CountBatch missing = CountBatchReaderTest.read("{\"counts\": []}");
        assertEquals("batch_id", errors(missing, Set.of()).get(0).field());
    }

    @Test
    void readingProblemsComeWithTheRulesInEntryOrder() {
        CountBatch batch = batch("{\"user_id\": 9, \"day\": \"2026-11-20\", \"count\": 1}",
                "{\"user_id\": 1, \"day\": \"someday\", \"count\": 1}");
        assertEquals(List.of("counts[0].user_id", "counts[1].day"),
                errors(batch, Set.of(1L)).stream().map(GitHubError.FieldError::field).toList());
    }

    @Test
    void atMostAHundredProblemsAreReported() {
        String[] entries = new String[150];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = "{\"user_id\": " + (1000 + i) + ", \"day\": \"2026-11-20\", \"count\": 1}";
        }
        assertEquals(CountBatchValidation.MAX_REPORTED, errors(batch(entries), Set.of()).size());
    }

    @Test
    void entriesAreOrderedByUserThenDay() {
        CountBatch batch = batch("{\"user_id\": 2, \"day\": \"2026-11-20\", \"count\": 1}",
                "{\"user_id\": 1, \"day\": \"2026-11-20\", \"count\": 1}",
                "{\"user_id\": 1, \"day\": \"2026-11-19\", \"count\": 1}");
        assertEquals(List.of(2, 1, 0), java.util.Arrays.stream(batch.orderByUserAndDay()).boxed().toList());
    }

    public static CountBatch batch(String... entries) {
        return CountBatchReaderTest.read("{" + BATCH_ID + ", \"counts\": [" + String.join(",", entries) + "]}");
    }

    private static List<GitHubError.FieldError> errors(CountBatch batch, Set<Long> linked) {
        RequestRefusedException problem = assertThrows(RequestRefusedException.class,
                () -> CountBatchValidation.check(batch, TODAY, linked, batch.orderByUserAndDay()));
        assertEquals(422, problem.status());
        return problem.errors();
    }
}
