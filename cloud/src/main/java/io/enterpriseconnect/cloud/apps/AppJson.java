package io.enterpriseconnect.cloud.apps;

import io.enterpriseconnect.cloud.accounts.Account;
import io.enterpriseconnect.cloud.accounts.AccountType;
import io.enterpriseconnect.cloud.platform.ApiLinks;
import io.enterpriseconnect.cloud.platform.GitHubTime;
import java.util.List;
import java.util.Map;

/** GitHub's JSON shapes for apps, installations and tokens. */
public final class AppJson {

    private AppJson() {
    }

    /** An app's owner or an installation's account ("simple user" / enterprise). */
    public record Owner(String login, long id, String slug, String name, String type, boolean siteAdmin, String url,
            String htmlUrl) {

        public static Owner of(Account account, ApiLinks links) {
            boolean enterprise = account.getType() == AccountType.ENTERPRISE;
            return new Owner(account.getLogin(), account.getId(), enterprise ? account.getLogin() : null,
                    account.getName(), account.getType().apiName(), false,
                    links.api() + (enterprise ? "/enterprises/" : "/orgs/") + account.getLogin(),
                    links.web() + "/account?login=" + account.getLogin());
        }
    }

    public record App(long id, String slug, String clientId, Owner owner, String name, String description, String externalUrl,
            String htmlUrl, String createdAt, String updatedAt, Map<String, String> permissions, List<String> events,
            int installationsCount) {

        public static App of(ConnectApp app, int installations, ApiLinks links) {
            return new App(app.getId(), app.getSlug(), app.getClientId(), Owner.of(app.getOwner(), links), app.getName(),
                    describe(app), homePage(app), settingsPage(app, links), GitHubTime.format(app.getCreatedAt()),
                    GitHubTime.format(app.getCreatedAt()), ConnectApp.PERMISSIONS, List.of(), installations);
        }
    }

    public record Install(long id, Owner account, String repositorySelection, String accessTokensUrl, String repositoriesUrl,
            String htmlUrl, long appId, String appSlug, long targetId, String targetType,
            Map<String, String> permissions, List<String> events, String createdAt, String updatedAt) {

        public static Install of(Installation installation, ApiLinks links) {
            Account account = installation.getAccount();
            return new Install(installation.getId(), Owner.of(account, links), "all",
                    links.api() + "/app/installations/" + installation.getId() + "/access_tokens",
                    links.api() + "/installation/repositories",
                    links.web() + "/account?login=" + account.getLogin(),
                    installation.getApp().getId(), installation.getApp().getSlug(), account.getId(),
                    account.getType().apiName(), ConnectApp.PERMISSIONS, List.of(),
                    GitHubTime.format(installation.getCreatedAt()), GitHubTime.format(installation.getCreatedAt()));
        }
    }

    public record AccessToken(String token, String expiresAt, Map<String, String> permissions, String repositorySelection) {

        public static AccessToken of(InstallationToken.Issued issued) {
            return new AccessToken(issued.token(), GitHubTime.format(issued.stored().getExpiresAt()),
                    ConnectApp.PERMISSIONS, "all");
        }
    }

    /** The app with its credentials, as {@code POST /app-manifests/{code}/conversions} returns it. */
    public record Conversion(long id, String slug, Owner owner, String name, String description, String externalUrl,
            String htmlUrl, String createdAt, String updatedAt, String clientId, String clientSecret,
            String webhookSecret, String pem, Map<String, String> permissions, List<String> events) {

        public static Conversion of(ManifestConversions.Conversion conversion, ApiLinks links) {
            ConnectApp app = conversion.app();
            return new Conversion(app.getId(), app.getSlug(), Owner.of(app.getOwner(), links), app.getName(),
                    describe(app), homePage(app), settingsPage(app, links), GitHubTime.format(app.getCreatedAt()),
                    GitHubTime.format(app.getCreatedAt()), app.getClientId(), conversion.clientSecret(),
                    conversion.webhookSecret(), conversion.pem(), ConnectApp.PERMISSIONS, List.of());
        }
    }

    private static String describe(ConnectApp app) {
        return "GitHub Connect for the Enterprise Server instance " + app.getInstanceHostname();
    }

    private static String homePage(ConnectApp app) {
        return "https://" + app.getInstanceHostname();
    }

    private static String settingsPage(ConnectApp app, ApiLinks links) {
        return links.web() + "/account?login=" + app.getOwner().getLogin();
    }
}
