package io.enterpriseconnect.cloud.contributions;

import io.enterpriseconnect.cloud.accounts.TermsOfService;

/** An installation's request (null when there is none) and the terms of service that decide it. */
record AccessView(ContributionAccess access, TermsOfService terms) {
}
