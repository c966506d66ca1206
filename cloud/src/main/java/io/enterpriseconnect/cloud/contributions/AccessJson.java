package io.enterpriseconnect.cloud.contributions;

import io.enterpriseconnect.cloud.platform.GitHubTime;

/**
 * {@code GET/PUT /installation/unified-contributions}: where the installation's request stands, as the
 * instance polls it. Absent times are left out.
 */
public record AccessJson(String status, String termsOfService, String requestedBy, String requestedAt,
        String decidedBy, String decidedAt, String updatedAt) {

    static AccessJson of(AccessView view) {
        ContributionAccess access = view.access();
        if (access == null) {
            return new AccessJson(AccessStatus.NOT_REQUESTED.apiName(), view.terms().apiName(), null, null, null, null,
                    null);
        }
        return new AccessJson(access.getStatus().apiName(), view.terms().apiName(), access.getRequestedBy(),
                GitHubTime.format(access.getRequestedAt()), access.getDecidedBy(),
                GitHubTime.format(access.getDecidedAt()), GitHubTime.format(access.getUpdatedAt()));
    }
}
