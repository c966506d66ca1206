package io.enterpriseconnect.cloud.accounts.pages;

import io.enterpriseconnect.cloud.accounts.CloudAccountService;
import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.accounts.domain.AccountType;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.cloud.platform.pages.PageFlow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@Named("newAccount")
@RequestScoped
public class NewAccountPage {

    @Inject
    CloudAccountService accounts;

    private String login;
    private String name;
    private AccountType type = AccountType.ORGANIZATION;

    public void create() {
        try {
            Account account = accounts.create(login, name, type);
            PageFlow.info(account.getType().label() + " " + account.getLogin() + " created. It is on a trial plan.");
            PageFlow.redirect("/account?login=" + URLEncoder.encode(account.getLogin(), StandardCharsets.UTF_8));
        } catch (RequestRefusedException problem) {
            PageFlow.show(problem, "new-account");
        }
    }

    public AccountType[] getTypes() {
        return AccountType.values();
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AccountType getType() {
        return type;
    }

    public void setType(AccountType type) {
        this.type = type;
    }
}
