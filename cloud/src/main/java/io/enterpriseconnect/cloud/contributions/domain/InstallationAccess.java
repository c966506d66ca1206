package io.enterpriseconnect.cloud.contributions.domain;

import io.enterpriseconnect.cloud.accounts.domain.TermsOfService;

/** An installation's request (null when there is none) and the terms of service that decide it. */
public record InstallationAccess(ContributionAccess access, TermsOfService terms) {
}
