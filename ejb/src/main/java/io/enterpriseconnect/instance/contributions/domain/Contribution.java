package io.enterpriseconnect.instance.contributions.domain;

import java.time.LocalDate;

/**
 * One counted thing (a commit, an opened issue, a review...) for a user on a UTC day. The source key
 * names the thing itself, such as {@code commit:42:<sha>}, so it is counted once however often it
 * is delivered or pushed.
 */
public record Contribution(String sourceKey, long userId, LocalDate day) {
}
