package io.enterpriseconnect.cloud.contributions;

import io.enterpriseconnect.cloud.accounts.CloudUser;
import io.enterpriseconnect.cloud.platform.GitHubTime;

/** {@code POST /installation/user-links}: the cloud user the instance user is now linked to. */
public record LinkedUserJson(long userId, String login, String instanceLogin, String linkedAt) {

    static LinkedUserJson of(UserLink link, CloudUser user) {
        return new LinkedUserJson(user.getId(), user.getLogin(), link.getInstanceLogin(),
                GitHubTime.format(link.getLinkedAt()));
    }
}
