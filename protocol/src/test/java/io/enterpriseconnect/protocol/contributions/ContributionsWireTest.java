package io.enterpriseconnect.protocol.contributions;

import static io.enterpriseconnect.protocol.Wire.assertRoundTrip;
import static io.enterpriseconnect.protocol.Wire.faults;
import static io.enterpriseconnect.protocol.Wire.fromJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContributionsWireTest {

    static final String BATCH_ID = "0b5f2c5e-8a0e-4d6c-9d3e-2f1f6f7a9b10";

    @Test
    void anAccessRequestNamesTheRequester() {
        assertRoundTrip(new AccessRequest(11L), "{\"requested_by_user_id\":11}");
        assertEquals(Set.of("requestedByUserId"), faults(fromJson("{}", AccessRequest.class)));
    }

    @Test
    void theStatusLeavesOutWhatHasNotHappened() {
        assertRoundTrip(new UnifiedContributionsStatus(UnifiedContributionsStatus.NOT_REQUESTED, "standard", null, null,
                null, null, null), "{\"status\":\"not_requested\",\"terms_of_service\":\"standard\"}");
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        assertRoundTrip(new UnifiedContributionsStatus(UnifiedContributionsStatus.ENABLED, "custom", "octocat", at,
                "admin", at, at), """
                {"status":"enabled","terms_of_service":"custom","requested_by":"octocat",
                 "requested_at":"2026-11-20T10:00:00Z","decided_by":"admin","decided_at":"2026-11-20T10:00:00Z",
                 "updated_at":"2026-11-20T10:00:00Z"}""");
    }

    @Test
    void aLinkIsMadeFromTheCode() {
        assertRoundTrip(new UserLinkExchange("c0de"), "{\"code\":\"c0de\"}");
        assertEquals(Set.of("code"), faults(new UserLinkExchange(" ")));
        assertRoundTrip(new LinkedUser(11, "octocat", "mona", Instant.parse("2026-11-20T10:00:00Z")),
                "{\"user_id\":11,\"login\":\"octocat\",\"instance_login\":\"mona\",\"linked_at\":\"2026-11-20T10:00:00Z\"}");
    }

    @Test
    void aBatchAndItsResultHaveTheWireNames() {
        assertRoundTrip(new ContributionCountBatch(BATCH_ID, List.of(
                new ContributionCount(11L, LocalDate.parse("2026-11-19"), 3),
                new ContributionCount(12L, LocalDate.parse("2026-11-20"), 0))), """
                {"batch_id":"%s","counts":[{"user_id":11,"day":"2026-11-19","count":3},
                 {"user_id":12,"day":"2026-11-20","count":0}]}""".formatted(BATCH_ID));
        assertRoundTrip(new ContributionCountBatchResult(BATCH_ID, 2), "{\"batch_id\":\"%s\",\"applied\":2}"
                .formatted(BATCH_ID));
    }

    @Test
    void badEntriesAreNamedWithTheirIndex() {
        ContributionCountBatch batch = new ContributionCountBatch("not-a-uuid", List.of(
                new ContributionCount(11L, LocalDate.parse("2026-11-19"), 3),
                new ContributionCount(null, LocalDate.parse("2026-11-19"), ContributionCount.MAX_COUNT + 1),
                new ContributionCount(12L, null, -1)));
        assertEquals(Set.of("batchId", "counts[1].count", "counts[1].userId", "counts[2].count", "counts[2].day"),
                faults(batch));
    }

    @Test
    void aBatchHoldsAtMostFiveThousandEntries() {
        ContributionCount one = new ContributionCount(11L, LocalDate.parse("2026-11-19"), 1);
        List<ContributionCount> full = new ArrayList<>(Collections.nCopies(ContributionCountBatch.MAX_ENTRIES, one));
        assertEquals(Set.of(), faults(new ContributionCountBatch(BATCH_ID, full)));
        full.add(one);
        assertEquals(Set.of("counts"), faults(new ContributionCountBatch(BATCH_ID, full)));
    }

    @Test
    void aMissingFieldIsNull() {
        ContributionCount count = fromJson("{\"day\":\"2026-11-19\"}", ContributionCount.class);
        assertNull(count.userId());
        assertEquals(Set.of("count", "userId"), faults(count));
    }
}
