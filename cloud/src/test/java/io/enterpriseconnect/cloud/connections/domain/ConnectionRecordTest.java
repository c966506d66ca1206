package io.enterpriseconnect.cloud.connections.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.accounts.domain.AccountType;
import io.enterpriseconnect.cloud.accounts.domain.BillingPlan;
import io.enterpriseconnect.cloud.apps.domain.ConnectApp;
import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.protocol.connections.ConnectionReport;
import io.enterpriseconnect.protocol.connections.ReportedFeature;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionRecordTest {

    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void aRefreshTakesTheReportWithItsFeaturesAndTheirDates() {
        ConnectionRecord record = record();
        record.refresh(report(List.of(new ReportedFeature("unified_contributions", "2026-11-20T10:00:00+01:00"))),
                "tokenhash", NOW);
        assertEquals("ab".repeat(32), record.getLicenseSha256(), "the hash is kept in lower case");
        assertEquals("tokenhash", record.getTokenHash());
        assertEquals("ghe2.acme.test", record.getHostname());
        assertEquals(NOW, record.getLastRefreshedAt());
        EnabledFeature feature = record.getEnabledFeatures().get(0);
        assertEquals("unified_contributions", feature.getName());
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), feature.getEnabledAt());
    }

    @Test
    void featuresNotReportedAnyMoreAreDropped() {
        ConnectionRecord record = record();
        record.refresh(report(List.of(ReportedFeature.of("unified_contributions", NOW))), "t1", NOW);
        record.refresh(report(null), "t2", NOW);
        assertTrue(record.getEnabledFeatures().isEmpty());
    }

    private static ConnectionRecord record() {
        Account account = new Account("acme", "Acme", AccountType.ORGANIZATION, BillingPlan.INVOICED, NOW);
        ConnectApp app = new ConnectApp(account, "slug", "GitHub Connect", "ghe.acme.test", "Iv1.x", "hash", "hook",
                "key", NOW);
        return new ConnectionRecord(new Installation(app, account, NOW), "ghe.acme.test", "3.14", "Acme", "mona", NOW);
    }

    private static ConnectionReport report(List<ReportedFeature> features) {
        return new ConnectionReport("key", "AB".repeat(32), "Acme", "ghe2.acme.test", "3.15", true, features, 5, null,
                null);
    }
}
