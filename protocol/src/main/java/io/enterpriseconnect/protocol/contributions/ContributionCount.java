package io.enterpriseconnect.protocol.contributions;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/**
 * One entry of a {@link ContributionCountBatch}: the count of a linked cloud user ({@code user_id}) on
 * one UTC {@code day} from this instance; 0 deletes it.
 */
public record ContributionCount(
        @JsonbProperty("user_id") @NotNull Long userId,
        @JsonbProperty("day") @NotNull LocalDate day,
        @JsonbProperty("count") @NotNull @PositiveOrZero @Max(ContributionCount.MAX_COUNT) Integer count) {

    /** The most contributions one user may have on one day from one instance. */
    public static final int MAX_COUNT = 100_000;
    /** How old a day may be, in days before the cloud's today (UTC). */
    public static final int MAX_AGE_DAYS = 366;
}
