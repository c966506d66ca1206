package io.enterpriseconnect.instance.contributions.domain;

import jakarta.ejb.ApplicationException;

/** The cloud refused because the caller's cloud account does not own the connected account; the API answers 403. */
@ApplicationException(rollback = true)
public class NotOwnerOnCloudException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotOwnerOnCloudException(String message) {
        super(message);
    }
}
