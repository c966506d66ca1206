package io.enterpriseconnect.protocol.contributions;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code POST /installation/contributions} (200): the batch and how many of its entries were applied. */
public record ContributionCountBatchResult(
        @JsonbProperty("batch_id") String batchId,
        @JsonbProperty("applied") int applied) {
}
