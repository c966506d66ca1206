package io.enterpriseconnect.instance.contributions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContributionConfigurationTest {

    @Test
    void aRetentionShorterThanTheNinetyDaysARestoreNeedsIsRefusedWithTheKeyAndTheReason() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ContributionConfiguration.Values.from(89, 60, 5000, 60));
        assertTrue(refused.getMessage().startsWith("instance.contributions.retention-days is 89, but must be at least 90"),
                refused.getMessage());
    }

    @Test
    void ninetyDaysAndTheDefaultsAreAccepted() {
        assertEquals(90, ContributionConfiguration.Values.from(90, 60, 5000, 60).retentionDays());
    }

    @Test
    void batchesAreAtMostWhatTheCloudTakes() {
        assertThrows(IllegalStateException.class, () -> ContributionConfiguration.Values.from(365, 60, 5001, 60));
        assertThrows(IllegalStateException.class, () -> ContributionConfiguration.Values.from(365, 60, 0, 60));
        assertThrows(IllegalStateException.class, () -> ContributionConfiguration.Values.from(365, 0, 100, 60));
    }
}
