package io.enterpriseconnect.cloud.contributions.domain;

import io.enterpriseconnect.protocol.contributions.ContributionCountBatch;
import io.enterpriseconnect.protocol.errors.GitHubError;
import java.util.Arrays;
import java.util.List;

/**
 * The body of {@code POST /installation/contributions} as read: one entry per (user, day) in
 * parallel primitive arrays, so that a batch of thousands of entries costs a few arrays rather than
 * an object per entry. A field that was missing or of the wrong type holds {@link #MISSING} and
 * its problem is in {@link #readErrors()}.
 */
public final class CountBatch {

    public static final int MAX_ENTRIES = ContributionCountBatch.MAX_ENTRIES;
    /** Marks a field the reader could not take; {@link CountBatchReader} has named the problem. */
    public static final int MISSING = Integer.MIN_VALUE;
    public static final long MISSING_USER = Long.MIN_VALUE;

    private final String batchId;
    private final long[] userIds;
    private final int[] days;
    private final int[] counts;
    private final int size;
    private final List<GitHubError.FieldError> readErrors;

    public CountBatch(String batchId, long[] userIds, int[] days, int[] counts, int size, List<GitHubError.FieldError> readErrors) {
        this.batchId = batchId;
        this.userIds = userIds;
        this.days = days;
        this.counts = counts;
        this.size = size;
        this.readErrors = List.copyOf(readErrors);
    }

    public String batchId() {
        return batchId;
    }

    public int size() {
        return size;
    }

    /** The cloud user id of entry {@code i}. */
    public long userId(int i) {
        return userIds[i];
    }

    /** The day of entry {@code i} as {@link java.time.LocalDate#toEpochDay()}. */
    public int day(int i) {
        return days[i];
    }

    public int count(int i) {
        return counts[i];
    }

    public List<GitHubError.FieldError> readErrors() {
        return readErrors;
    }

    /** The distinct user ids the entries name, for one look-up of which of them are linked. */
    public long[] distinctUserIds() {
        return Arrays.stream(userIds, 0, size).filter(id -> id != MISSING_USER).distinct().toArray();
    }

    /** Entry indexes by user, then day: duplicates end up side by side, and rows are written in key order. */
    public int[] orderByUserAndDay() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> userIds[a] != userIds[b] ? Long.compare(userIds[a], userIds[b])
                : Integer.compare(days[a], days[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
