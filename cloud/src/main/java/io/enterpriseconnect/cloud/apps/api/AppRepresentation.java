package io.enterpriseconnect.cloud.apps.api;

import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.accounts.domain.AccountType;
import io.enterpriseconnect.cloud.apps.ManifestConversionService;
import io.enterpriseconnect.cloud.apps.domain.ConnectApp;
import io.enterpriseconnect.cloud.apps.domain.Installation;
import io.enterpriseconnect.cloud.apps.domain.InstallationToken;
import io.enterpriseconnect.cloud.platform.api.ApiAddress;
import io.enterpriseconnect.cloud.platform.api.GitHubTime;
import io.enterpriseconnect.protocol.apps.AppAccount;
import io.enterpriseconnect.protocol.apps.AppInstallation;
import io.enterpriseconnect.protocol.apps.GitHubApp;
import io.enterpriseconnect.protocol.apps.InstallationAccessToken;
import io.enterpriseconnect.protocol.apps.ManifestConversion;
import java.util.List;

/** Apps, installations and tokens as GitHub's API shows them (the protocol's records), with links for the caller. */
final class AppRepresentation {

    private AppRepresentation() {
    }

    /** An app's owner or an installation's account: an organization or an enterprise. */
    static AppAccount account(Account account, ApiAddress links) {
        boolean enterprise = account.getType() == AccountType.ENTERPRISE;
        return new AppAccount(account.getLogin(), account.getId(), enterprise ? account.getLogin() : null,
                account.getName(), account.getType().apiName(), false,
                links.api() + (enterprise ? "/enterprises/" : "/orgs/") + account.getLogin(),
                links.web() + "/account?login=" + account.getLogin());
    }

    static GitHubApp app(ConnectApp app, int installations, ApiAddress links) {
        return new GitHubApp(app.getId(), app.getSlug(), app.getClientId(), account(app.getOwner(), links), app.getName(),
                describe(app), homePage(app), settingsPage(app, links), GitHubTime.of(app.getCreatedAt()),
                GitHubTime.of(app.getCreatedAt()), ConnectApp.PERMISSIONS, List.of(), installations);
    }

    static AppInstallation installation(Installation installation, ApiAddress links) {
        Account account = installation.getAccount();
        return new AppInstallation(installation.getId(), account(account, links), "all",
                links.api() + "/app/installations/" + installation.getId() + "/access_tokens",
                links.api() + "/installation/repositories",
                links.web() + "/account?login=" + account.getLogin(),
                installation.getApp().getId(), installation.getApp().getSlug(), account.getId(),
                account.getType().apiName(), ConnectApp.PERMISSIONS, List.of(),
                GitHubTime.of(installation.getCreatedAt()), GitHubTime.of(installation.getCreatedAt()));
    }

    static InstallationAccessToken token(InstallationToken.Issued issued) {
        return new InstallationAccessToken(issued.token(), GitHubTime.of(issued.stored().getExpiresAt()),
                ConnectApp.PERMISSIONS, "all");
    }

    /** The app with its credentials, as {@code POST /app-manifests/{code}/conversions} returns it. */
    static ManifestConversion conversion(ManifestConversionService.Conversion conversion, ApiAddress links) {
        ConnectApp app = conversion.app();
        return new ManifestConversion(app.getId(), app.getSlug(), account(app.getOwner(), links), app.getName(),
                describe(app), homePage(app), settingsPage(app, links), GitHubTime.of(app.getCreatedAt()),
                GitHubTime.of(app.getCreatedAt()), app.getClientId(), conversion.clientSecret(),
                conversion.webhookSecret(), conversion.pem(), ConnectApp.PERMISSIONS, List.of());
    }

    private static String describe(ConnectApp app) {
        return "GitHub Connect for the Enterprise Server instance " + app.getInstanceHostname();
    }

    private static String homePage(ConnectApp app) {
        return "https://" + app.getInstanceHostname();
    }

    private static String settingsPage(ConnectApp app, ApiAddress links) {
        return links.web() + "/account?login=" + app.getOwner().getLogin();
    }
}
