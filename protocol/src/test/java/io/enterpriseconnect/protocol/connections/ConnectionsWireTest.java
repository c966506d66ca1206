package io.enterpriseconnect.protocol.connections;

import static io.enterpriseconnect.protocol.Wire.assertRoundTrip;
import static io.enterpriseconnect.protocol.Wire.faults;
import static io.enterpriseconnect.protocol.Wire.fromJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectionsWireTest {

    static final String SHA = "ab".repeat(32);

    static ConnectionReport report(String hostname, List<ReportedFeature> features) {
        return new ConnectionReport("-----BEGIN PUBLIC KEY-----\nMII\n", SHA, "Acme", hostname, "3.14.0", true,
                features, 42, null, null);
    }

    @Test
    void theReportHasGitHubsFieldNamesAndLeavesOutWhatIsUnknown() {
        assertRoundTrip(report("ghe.acme.test", List.of(ReportedFeature.of("unified_contributions",
                Instant.parse("2026-11-20T10:00:00Z")))), """
                {"license_public_key":"-----BEGIN PUBLIC KEY-----\\nMII\\n","license_sha256":"%s","customer_name":"Acme",
                 "hostname":"ghe.acme.test","version":"3.14.0","tls_enabled":true,
                 "enabled_features":[{"name":"unified_contributions","enabled_at":"2026-11-20T10:00:00Z"}],
                 "license_consuming_seats":42}""".formatted(SHA));
    }

    @Test
    void aCompleteReportIsValid() {
        assertEquals(Set.of(), faults(report("ghe.acme.test", List.of(ReportedFeature.of("unified_contributions",
                Instant.parse("2026-11-20T10:00:00Z"))))));
    }

    @Test
    void eachBrokenRuleIsNamedByItsProperty() {
        ConnectionReport report = new ConnectionReport(" ", "xyz", null, "-bad-", "3.14", null,
                List.of(new ReportedFeature("", "yesterday")), -1, -2, -3);
        assertEquals(Set.of("customerName", "dormancyThresholdDays", "dormantUsers", "enabledFeatures[0].enabledAt",
                "enabledFeatures[0].name", "hostname", "licenseConsumingSeats", "licensePublicKey", "licenseSha256",
                "tlsEnabled"), faults(report));
    }

    @Test
    void anEnabledFeatureReadsItsTime() {
        ReportedFeature feature = fromJson("{\"name\":\"x\",\"enabled_at\":\"2026-11-20T10:00:00+01:00\"}",
                ReportedFeature.class);
        assertEquals(Set.of(), faults(feature));
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), feature.enabledAtInstant());
    }

    @Test
    void theRecordHasGitHubsFieldNames() {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        assertRoundTrip(new ConnectionRecordResponse(5, 3, new ConnectionRecordResponse.Account("acme", 7, "Organization"),
                "key", SHA, "Acme", "ghe.acme.test", "3.14.0", SHA, true,
                List.of(new ConnectionRecordResponse.Feature("unified_contributions", at)), 42, 90, 4, "mona", at, at), """
                {"id":5,"installation_id":3,"account":{"login":"acme","id":7,"type":"Organization"},
                 "license_public_key":"key","license_sha256":"%1$s","customer_name":"Acme","hostname":"ghe.acme.test",
                 "version":"3.14.0","token_sha256":"%1$s","tls_enabled":true,
                 "enabled_features":[{"name":"unified_contributions","enabled_at":"2026-11-20T10:00:00Z"}],
                 "license_consuming_seats":42,"dormancy_threshold_days":90,"dormant_users":4,"connected_by":"mona",
                 "connected_at":"2026-11-20T10:00:00Z","last_refreshed_at":"2026-11-20T10:00:00Z"}""".formatted(SHA));
    }
}
