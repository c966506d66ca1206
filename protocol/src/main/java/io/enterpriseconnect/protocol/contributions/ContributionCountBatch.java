package io.enterpriseconnect.protocol.contributions;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /installation/contributions}: up to {@value #MAX_ENTRIES} counts, applied
 * all or none, idempotent under its {@code batch_id} (a batch sent again after a lost answer changes
 * nothing). Each (user, day) may appear once.
 *
 * <p>The cloud does not bind this record: it reads the body with a streaming parser
 * ({@code io.enterpriseconnect.cloud.contributions.infrastructure.CountBatchReader}), which takes a
 * full batch into primitive arrays several times faster than binding it; this record is the shape's
 * definition, what a sender writes, and what the OpenAPI document shows.
 */
public record ContributionCountBatch(
        @JsonbProperty("batch_id") @NotNull
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID such as 0b5f2c5e-8a0e-4d6c-9d3e-2f1f6f7a9b10")
        String batchId,
        @JsonbProperty("counts") @NotNull @Size(max = MAX_ENTRIES) List<@Valid @NotNull ContributionCount> counts) {

    public static final int MAX_ENTRIES = 5000;
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
