package io.enterpriseconnect.instance.contributions.links.domain;

import io.enterpriseconnect.instance.platform.ConflictException;
import jakarta.ejb.ApplicationException;

/** A choice about sending counts before the user connected a cloud account; the API answers 409. */
@ApplicationException(rollback = true)
public class NotLinkedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public NotLinkedException() {
        super("Connect your account to GitHub.com first (Connect to GitHub.com)");
        as("links.notLinked");
    }
}
