package io.enterpriseconnect.cloud.accounts.pages;

import io.enterpriseconnect.cloud.accounts.CloudAccountService;
import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.cloud.platform.pages.PageFlow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One owned account: its plan and IP allow list. */
@Named("accountSettings")
@ViewScoped
public class AccountSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CloudAccountService accounts;

    private String login;
    private Account account;
    private String ipAllowList;

    /** Loads the account named by the {@code login} parameter; anyone but an owner gets a 404. */
    public void load() {
        if (account != null) {
            return;
        }
        try {
            account = accounts.ownedAccount(login == null ? "" : login);
            ipAllowList = account.getIpAllowList().toString();
        } catch (RequestRefusedException problem) {
            PageFlow.notFound();
        }
    }

    public void saveIpAllowList() {
        try {
            account = accounts.updateIpAllowList(account.getLogin(), ipAllowList);
            ipAllowList = account.getIpAllowList().toString();
            PageFlow.info(account.getIpAllowList().isEmpty()
                    ? "IP allow list cleared: every address may use this account's credentials."
                    : "IP allow list saved.");
        } catch (RequestRefusedException problem) {
            PageFlow.show(problem, "allow-list");
        }
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Account getAccount() {
        return account;
    }

    public String getIpAllowList() {
        return ipAllowList;
    }

    public void setIpAllowList(String ipAllowList) {
        this.ipAllowList = ipAllowList;
    }
}
