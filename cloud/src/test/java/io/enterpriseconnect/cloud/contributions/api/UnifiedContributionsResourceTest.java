package io.enterpriseconnect.cloud.contributions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enterpriseconnect.cloud.accounts.domain.TermsOfService;
import io.enterpriseconnect.cloud.contributions.domain.ContributionAccess;
import io.enterpriseconnect.cloud.contributions.domain.InstallationAccess;
import io.enterpriseconnect.protocol.contributions.UnifiedContributionsAccess;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnifiedContributionsResourceTest {

    @Test
    void noRequestYetIsNotRequestedUnderTheAccountsTerms() {
        assertEquals(new UnifiedContributionsAccess("not_requested", "custom", null, null, null, null, null),
                UnifiedContributionsResource.status(new InstallationAccess(null, TermsOfService.CUSTOM)));
    }

    @Test
    void aRequestShowsWhoAndWhenToTheSecond() {
        ContributionAccess access = new ContributionAccess(null);
        access.request(TermsOfService.STANDARD, "octocat", Instant.parse("2026-11-16T09:00:00.123456Z"));
        Instant at = Instant.parse("2026-11-16T09:00:00Z");
        assertEquals(new UnifiedContributionsAccess("enabled", "standard", "octocat", at, null, null, at),
                UnifiedContributionsResource.status(new InstallationAccess(access, TermsOfService.STANDARD)));
    }
}
