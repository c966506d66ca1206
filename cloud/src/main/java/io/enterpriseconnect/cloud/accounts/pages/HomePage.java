package io.enterpriseconnect.cloud.accounts.pages;

import io.enterpriseconnect.cloud.accounts.CloudAccountService;
import io.enterpriseconnect.cloud.accounts.domain.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in user's start page: the organizations and enterprise accounts they own. */
@Named("home")
@RequestScoped
public class HomePage {

    @Inject
    CloudAccountService accounts;

    private List<Account> owned;

    public List<Account> getOwnedAccounts() {
        if (owned == null) {
            owned = accounts.owned();
        }
        return owned;
    }
}
