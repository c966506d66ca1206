package io.enterpriseconnect.instance.audit.domain;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    /** Done locally, with work left for a retry (the cloud-side cleanup after a disconnect). */
    PENDING
}
