package io.enterpriseconnect.cloud.contributions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.cloud.contributions.domain.CountBatch;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.protocol.errors.GitHubError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

public class CountBatchReaderTest {

    @Test
    void entriesAreReadIntoTheirFields() {
        CountBatch batch = read("""
                {"batch_id": "6f1c1f3e-3f43-4c8e-9d61-2f0c6a1b7e10", "counts": [
                  {"user_id": 7, "day": "2026-11-20", "count": 5},
                  {"count": 0, "day": "2026-02-28", "user_id": 8}]}""");
        assertEquals("6f1c1f3e-3f43-4c8e-9d61-2f0c6a1b7e10", batch.batchId());
        assertEquals(2, batch.size());
        assertEquals(7, batch.userId(0));
        assertEquals(LocalDate.of(2026, 11, 20).toEpochDay(), batch.day(0));
        assertEquals(5, batch.count(0));
        assertEquals(8, batch.userId(1));
        assertEquals(0, batch.count(1));
        assertTrue(batch.readErrors().isEmpty());
    }

    @Test
    void unknownFieldsAreSkippedWhateverTheirShape() {
        CountBatch batch = read("""
                {"sent_by": {"host": "ghe", "tags": [1, [2, {"x": 3}]]}, "batch_id": "6f1c1f3e-3f43-4c8e-9d61-2f0c6a1b7e10",
                 "counts": [{"user_id": 1, "note": {"a": [1]}, "day": "2026-11-20", "extra": [true], "count": 2}],
                 "trailer": [1, 2]}""");
        assertEquals(1, batch.size());
        assertEquals(2, batch.count(0));
        assertTrue(batch.readErrors().isEmpty(), batch.readErrors()::toString);
    }

    @Test
    void missingAndMistypedFieldsAreNamedWithTheirIndex() {
        CountBatch batch = read("""
                {"batch_id": "b", "counts": [
                  {"user_id": 1, "day": "2026-11-20", "count": 1},
                  {"user_id": "1", "day": "20 Nov 2026", "count": 1.5},
                  {"day": "2026-11-20"},
                  [1, 2, 3]]}""");
        assertEquals(4, batch.size());
        List<String> fields = batch.readErrors().stream().map(GitHubError.FieldError::field).toList();
        assertEquals(List.of("counts[1].user_id", "counts[1].day", "counts[1].count", "counts[2].user_id",
                "counts[2].count", "counts[3]"), fields);
        assertEquals("missing_field", batch.readErrors().get(3).code());
        assertEquals(CountBatch.MISSING_USER, batch.userId(1));
    }

    @Test
    void impossibleDatesAreRefused() {
        assertEquals(CountBatch.MISSING, CountBatchReader.epochDay("2026-02-30"));
        assertEquals(CountBatch.MISSING, CountBatchReader.epochDay("2026-13-01"));
        assertEquals(CountBatch.MISSING, CountBatchReader.epochDay("2026-1-01"));
        assertEquals(CountBatch.MISSING, CountBatchReader.epochDay("+2026-01-0"));
        assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(), CountBatchReader.epochDay("2024-02-29"));
    }

    @Test
    void numbersTooLongToBeExactAreMistyped() {
        CountBatch batch = read("{\"batch_id\": \"b\", \"counts\": [{\"user_id\": 12345678901234567890123, "
                + "\"day\": \"2026-11-20\", \"count\": 99999999999999999999}]}");
        assertEquals(List.of("counts[0].user_id", "counts[0].count"),
                batch.readErrors().stream().map(GitHubError.FieldError::field).toList());
    }

    @Test
    void moreEntriesThanABatchHoldsAreRefused() {
        StringBuilder json = new StringBuilder("{\"batch_id\": \"b\", \"counts\": [");
        for (int i = 0; i <= CountBatch.MAX_ENTRIES; i++) {
            json.append(i == 0 ? "" : ",").append("{\"user_id\": 1, \"day\": \"2026-11-20\", \"count\": 1}");
        }
        RequestRefusedException problem = assertThrows(RequestRefusedException.class, () -> read(json.append("]}").toString()));
        assertEquals(422, problem.status());
        assertEquals("counts", problem.field());
    }

    @Test
    void exactlyAFullBatchIsRead() {
        StringBuilder json = new StringBuilder("{\"batch_id\": \"b\", \"counts\": [");
        for (int i = 0; i < CountBatch.MAX_ENTRIES; i++) {
            json.append(i == 0 ? "" : ",").append("{\"user_id\": ").append(i).append(", \"day\": \"2026-11-20\", \"count\": 1}");
        }
        CountBatch batch = read(json.append("]}").toString());
        assertEquals(CountBatch.MAX_ENTRIES, batch.size());
        assertEquals(CountBatch.MAX_ENTRIES - 1, batch.userId(CountBatch.MAX_ENTRIES - 1));
    }

    @Test
    void countsMustBeAnArray() {
        assertEquals("counts", assertThrows(RequestRefusedException.class, () -> read("{\"batch_id\": \"b\"}")).field());
        assertEquals("counts", assertThrows(RequestRefusedException.class, () -> read("{\"counts\": {}}")).field());
    }

    @Test
    void whatIsNotAJsonObjectIsABadRequest() {
        for (String body : List.of("", "[]", "{\"counts\": [", "not json", "{\"counts\": [{\"user_id\": 1,}]}")) {
            RequestRefusedException problem = assertThrows(RequestRefusedException.class, () -> read(body), body);
            assertEquals(400, problem.status(), body);
            assertEquals("Problems parsing JSON", problem.getMessage());
        }
    }

    public static CountBatch read(String json) {
        return CountBatchReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
