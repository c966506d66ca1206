package io.enterpriseconnect.cloud.accounts.api;

import io.enterpriseconnect.cloud.accounts.domain.Account;

/** An account as GitHub shows an owner or installation target: {@code login}, {@code id}, {@code type}. */
public record AccountResponse(String login, long id, String type, String name, String billingPlan, String termsOfService) {

    public static AccountResponse of(Account account) {
        return new AccountResponse(account.getLogin(), account.getId(), account.getType().apiName(), account.getName(),
                account.getBillingPlan().name().toLowerCase(java.util.Locale.ROOT), account.getTermsOfService().apiName());
    }
}
