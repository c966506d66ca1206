package io.enterpriseconnect.cloud.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.cloud.platform.Problem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionReportTest {

    @Test
    void featuresCarryTheirDates() {
        ConnectionReport report = new ConnectionReport();
        report.enabledFeatures = List.of(feature("unified_contributions", "2026-11-20T10:00:00Z"));
        List<EnabledFeature> features = report.features();
        assertEquals("unified_contributions", features.get(0).getName());
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), features.get(0).getEnabledAt());
    }

    @Test
    void noFeaturesMeansNone() {
        assertTrue(new ConnectionReport().features().isEmpty());
    }

    @Test
    void unreadableDateIsRefusedNamingTheField() {
        ConnectionReport report = new ConnectionReport();
        report.enabledFeatures = List.of(feature("unified_contributions", "yesterday"));
        Problem problem = assertThrows(Problem.class, report::features);
        assertEquals("enabled_at", problem.field());
    }

    private static ConnectionReport.Feature feature(String name, String enabledAt) {
        ConnectionReport.Feature feature = new ConnectionReport.Feature();
        feature.name = name;
        feature.enabledAt = enabledAt;
        return feature;
    }
}
