package io.enterpriseconnect.cloud.accounts;

/** An account as GitHub shows an owner or installation target: {@code login}, {@code id}, {@code type}. */
public record AccountJson(String login, long id, String type, String name, String billingPlan, String termsOfService) {

    public static AccountJson of(Account account) {
        return new AccountJson(account.getLogin(), account.getId(), account.getType().apiName(), account.getName(),
                account.getBillingPlan().name().toLowerCase(java.util.Locale.ROOT), account.getTermsOfService().apiName());
    }
}
