package io.enterpriseconnect.cloud.accounts.pages;

import io.enterpriseconnect.cloud.accounts.CloudAccountService;
import io.enterpriseconnect.cloud.accounts.domain.Account;
import io.enterpriseconnect.cloud.accounts.domain.BillingPlan;
import io.enterpriseconnect.cloud.accounts.domain.TermsOfService;
import io.enterpriseconnect.cloud.platform.pages.PageFlow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Cloud administrators: every account with its billing plan and terms of service, which they switch
 * once a contract is signed.
 */
@Named("adminAccounts")
@RequestScoped
public class AdminAccountsPage {

    @Inject
    CloudAccountService accounts;

    private List<Account> all;

    public List<Account> getAccounts() {
        if (all == null) {
            all = accounts.all();
        }
        return all;
    }

    public void changePlan(String login, BillingPlan plan) {
        accounts.changePlan(login, plan);
        PageFlow.info(login + " is now on the " + plan.label().toLowerCase(java.util.Locale.ROOT) + " plan.");
        PageFlow.redirect("/admin/accounts");
    }

    public void changeTerms(String login, TermsOfService terms) {
        accounts.changeTerms(login, terms);
        PageFlow.info(login + " is now on " + terms.label().toLowerCase(java.util.Locale.ROOT) + ".");
        PageFlow.redirect("/admin/accounts");
    }

    public BillingPlan[] getPlans() {
        return BillingPlan.values();
    }
}
