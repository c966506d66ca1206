package io.enterpriseconnect.cloud.accounts.domain;

/** How an account pays. Only invoiced accounts may connect an instance; new accounts start on a trial. */
public enum BillingPlan {
    INVOICED,
    TRIAL;

    public String label() {
        return this == INVOICED ? "Invoiced" : "Trial";
    }
}
