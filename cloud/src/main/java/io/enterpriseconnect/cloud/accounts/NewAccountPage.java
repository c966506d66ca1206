package io.enterpriseconnect.cloud.accounts;

import io.enterpriseconnect.cloud.platform.Pages;
import io.enterpriseconnect.cloud.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@Named("newAccount")
@RequestScoped
public class NewAccountPage {

    @Inject
    Accounts accounts;

    private String login;
    private String name;
    private AccountType type = AccountType.ORGANIZATION;

    public void create() {
        try {
            Account account = accounts.create(login, name, type);
            Pages.info(account.getType().label() + " " + account.getLogin() + " created. It is on a trial plan.");
            Pages.redirect("/account?login=" + URLEncoder.encode(account.getLogin(), StandardCharsets.UTF_8));
        } catch (Problem problem) {
            Pages.show(problem, "new-account");
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
