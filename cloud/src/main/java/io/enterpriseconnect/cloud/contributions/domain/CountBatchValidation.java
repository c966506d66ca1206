package io.enterpriseconnect.cloud.contributions.domain;

import io.enterpriseconnect.cloud.contributions.infrastructure.CountBatchReader;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.protocol.contributions.ContributionCount;
import io.enterpriseconnect.protocol.errors.GitHubError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules a counts batch must pass before any of it is applied: a batch id; for every entry a
 * linked user, a day neither in the future nor more than {@value #MAX_AGE_DAYS} days old, a count
 * from 0 to {@value #MAX_COUNT}; each (user, day) once. A batch with any bad entry is refused whole,
 * naming every entry and field at fault (the first {@value #MAX_REPORTED} of them).
 */
public final class CountBatchValidation {

    public static final int MAX_COUNT = ContributionCount.MAX_COUNT;
    public static final int MAX_AGE_DAYS = ContributionCount.MAX_AGE_DAYS;
    static final int MAX_REPORTED = 100;

    private CountBatchValidation() {
    }

    /**
     * @param today the latest day a count may be for (the cloud's UTC date, allowing for clock skew)
     * @param linked which of the batch's user ids are linked to the calling installation
     * @param order the entries sorted by user and day ({@link CountBatch#orderByUserAndDay()})
     * @throws RequestRefusedException 422 naming every fault
     */
    public static void check(CountBatch batch, LocalDate today, Set<Long> linked, int[] order) {
        List<GitHubError.FieldError> errors = new ArrayList<>(batch.readErrors());
        if (batch.batchId() == null || !isUuid(batch.batchId())) {
            errors.add(GitHubError.FieldError.of(CountBatchReader.RESOURCE, "batch_id", "invalid",
                    "batch_id must be a UUID such as 0b5f2c5e-8a0e-4d6c-9d3e-2f1f6f7a9b10"));
        }
        int latest = (int) today.toEpochDay();
        int earliest = latest - MAX_AGE_DAYS;
        for (int i = 0; i < batch.size(); i++) {
            long user = batch.userId(i);
            if (user != CountBatch.MISSING_USER && !linked.contains(user)) {
                errors.add(error(i, "user_id", "invalid", "user " + user
                        + " is not linked from this instance: link the user first (POST /installation/user-links)"));
            }
            int day = batch.day(i);
            if (day != CountBatch.MISSING && day > latest) {
                errors.add(error(i, "day", "invalid", "day " + LocalDate.ofEpochDay(day) + " is in the future (UTC)"));
            } else if (day != CountBatch.MISSING && day < earliest) {
                errors.add(error(i, "day", "invalid", "day " + LocalDate.ofEpochDay(day) + " is more than "
                        + MAX_AGE_DAYS + " days old"));
            }
            int count = batch.count(i);
            if (count != CountBatch.MISSING && (count < 0 || count > MAX_COUNT)) {
                errors.add(error(i, "count", "invalid", "count must be from 0 to " + MAX_COUNT + ", not " + count));
            }
        }
        duplicates(batch, order, errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(CountBatchValidation::index));
            throw RequestRefusedException.invalid(errors.subList(0, Math.min(errors.size(), MAX_REPORTED)));
        }
    }

    /** The same (user, day) twice would leave which count wins to chance: refused, naming the later entry. */
    private static void duplicates(CountBatch batch, int[] order, List<GitHubError.FieldError> errors) {
        for (int k = 1; k < order.length; k++) {
            int previous = order[k - 1];
            int current = order[k];
            if (batch.userId(previous) == batch.userId(current) && batch.day(previous) == batch.day(current)
                    && batch.day(current) != CountBatch.MISSING && batch.userId(current) != CountBatch.MISSING_USER) {
                int first = Math.min(previous, current);
                int second = Math.max(previous, current);
                errors.add(error(second, "day", "already_exists", "user " + batch.userId(current) + " and day "
                        + LocalDate.ofEpochDay(batch.day(current)) + " are already in counts[" + first + "]"));
            }
        }
    }

    private static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static GitHubError.FieldError error(int index, String field, String code, String message) {
        return GitHubError.FieldError.of(CountBatchReader.RESOURCE, "counts[" + index + "]." + field, code, message);
    }

    /** Errors in entry order; batch-level fields ({@code batch_id}, {@code counts}) first. */
    private static int index(GitHubError.FieldError error) {
        String field = error.field();
        if (!field.startsWith("counts[")) {
            return -1;
        }
        return Integer.parseInt(field.substring("counts[".length(), field.indexOf(']')));
    }
}
