package io.enterpriseconnect.cloud.contributions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enterpriseconnect.cloud.accounts.domain.TermsOfService;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContributionAccessTest {

    static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-11-17T09:00:00Z");

    @Test
    void standardTermsEnableAtOnce() {
        ContributionAccess access = new ContributionAccess(null);
        access.request(TermsOfService.STANDARD, "octocat", MONDAY);
        assertEquals(ContributionAccessStatus.ENABLED, access.getStatus());
        assertEquals("octocat", access.getRequestedBy());
        assertEquals(MONDAY, access.getUpdatedAt());
        assertNull(access.getDecidedBy());
    }

    @Test
    void customTermsWaitForACloudAdministrator() {
        ContributionAccess access = new ContributionAccess(null);
        access.request(TermsOfService.CUSTOM, "octocat", MONDAY);
        assertEquals(ContributionAccessStatus.PENDING, access.getStatus());
        access.decide(true, "cloud-admin", TUESDAY);
        assertEquals(ContributionAccessStatus.ENABLED, access.getStatus());
        assertEquals("cloud-admin", access.getDecidedBy());
        assertEquals(TUESDAY, access.getDecidedAt());
    }

    @Test
    void aDeniedRequestCanBeMadeAgainAndWaitsAgain() {
        ContributionAccess access = new ContributionAccess(null);
        access.request(TermsOfService.CUSTOM, "octocat", MONDAY);
        access.decide(false, "cloud-admin", MONDAY);
        assertEquals(ContributionAccessStatus.DENIED, access.getStatus());
        access.request(TermsOfService.CUSTOM, "hubot", TUESDAY);
        assertEquals(ContributionAccessStatus.PENDING, access.getStatus());
        assertEquals("hubot", access.getRequestedBy());
        assertNull(access.getDecidedBy());
    }

    @Test
    void askingAgainWhilePendingOrEnabledChangesNothing() {
        ContributionAccess pending = new ContributionAccess(null);
        pending.request(TermsOfService.CUSTOM, "octocat", MONDAY);
        pending.request(TermsOfService.STANDARD, "hubot", TUESDAY);
        assertEquals(ContributionAccessStatus.PENDING, pending.getStatus());
        assertEquals(MONDAY, pending.getRequestedAt());

        ContributionAccess enabled = new ContributionAccess(null);
        enabled.request(TermsOfService.STANDARD, "octocat", MONDAY);
        enabled.request(TermsOfService.CUSTOM, "hubot", TUESDAY);
        assertEquals(ContributionAccessStatus.ENABLED, enabled.getStatus());
        assertEquals(MONDAY, enabled.getUpdatedAt());
    }

    @Test
    void onlyAPendingRequestIsDecided() {
        ContributionAccess access = new ContributionAccess(null);
        access.request(TermsOfService.STANDARD, "octocat", MONDAY);
        assertThrows(IllegalStateException.class, () -> access.decide(false, "cloud-admin", TUESDAY));
    }
}
