package io.enterpriseconnect.protocol.contributions;

/**
 * The unified contributions API under the cloud's {@code /api/v3}, called with the installation's
 * token. The deletions have no body: {@code DELETE} {@link #ACCESS} disables the feature and deletes
 * every count the instance sent; {@code DELETE} {@link #USER_LINK} unlinks a cloud user and deletes
 * their counts; {@code DELETE} {@link #USER_COUNTS} deletes one user's counts and keeps the link. Each
 * answers 204, also when there was nothing to delete.
 */
public final class ContributionPath {

    /** {@code GET}: {@link UnifiedContributionsStatus}; {@code PUT} {@link AccessRequest}; {@code DELETE}. */
    public static final String ACCESS = "/installation/unified-contributions";
    /** {@code POST} {@link UserLinkExchange} (201 {@link LinkedUser}). */
    public static final String USER_LINKS = "/installation/user-links";
    /** {@code DELETE}, relative to {@link #USER_LINKS}. */
    public static final String USER_LINK = "/{user_id}";
    /** {@code POST} {@link ContributionCountBatch} (200 {@link ContributionCountBatchResult}). */
    public static final String COUNTS = "/installation/contributions";
    /** {@code DELETE}, relative to {@link #COUNTS}. */
    public static final String USER_COUNTS = "/users/{user_id}";
    /** The path parameter of the deletions: a cloud user's id. */
    public static final String USER_ID = "user_id";

    private ContributionPath() {
    }
}
