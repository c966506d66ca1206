package io.enterpriseconnect.instance.contributions.links;

import io.enterpriseconnect.instance.connect.ConnectConflictException;
import jakarta.ejb.ApplicationException;

/** A choice about sending counts before the user connected a cloud account; the API answers 409. */
@ApplicationException(rollback = true)
public class NotLinkedException extends ConnectConflictException {

    private static final long serialVersionUID = 1L;

    public NotLinkedException() {
        super("Connect your account to GitHub.com first (Connect to GitHub.com)");
    }
}
