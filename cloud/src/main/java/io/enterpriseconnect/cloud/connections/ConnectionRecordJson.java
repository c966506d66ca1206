package io.enterpriseconnect.cloud.connections;

import io.enterpriseconnect.cloud.platform.GitHubTime;
import java.util.List;

/** A connection record as the API shows it to the instance it describes. */
public record ConnectionRecordJson(long id, long installationId, Account account, String licensePublicKey,
        String licenseSha256, String customerName, String hostname, String version, String tokenSha256,
        Boolean tlsEnabled, List<Feature> enabledFeatures, Integer licenseConsumingSeats, Integer dormancyThresholdDays,
        Integer dormantUsers, String connectedBy, String connectedAt, String lastRefreshedAt) {

    public record Account(String login, long id, String type) {
    }

    public record Feature(String name, String enabledAt) {
    }

    public static ConnectionRecordJson of(ConnectionRecord record) {
        var account = record.getAccount();
        return new ConnectionRecordJson(record.getId(), record.getInstallation().getId(),
                new Account(account.getLogin(), account.getId(), account.getType().apiName()),
                record.getLicensePublicKey(), record.getLicenseSha256(), record.getCustomerName(), record.getHostname(),
                record.getVersion(), record.getTokenHash(), record.getTlsEnabled(),
                record.getEnabledFeatures().stream()
                        .map(f -> new Feature(f.getName(), GitHubTime.format(f.getEnabledAt()))).toList(),
                record.getLicenseConsumingSeats(), record.getDormancyThresholdDays(), record.getDormantUsers(),
                record.getConnectedBy(), GitHubTime.format(record.getConnectedAt()),
                GitHubTime.format(record.getLastRefreshedAt()));
    }
}
