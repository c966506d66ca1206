package io.enterpriseconnect.instance.contributions.domain;

import io.enterpriseconnect.instance.platform.ServiceException;
import jakarta.ejb.ApplicationException;

/** The cloud refused because the caller's cloud account does not own the connected account; the API answers 403. */
@ApplicationException(rollback = true)
public class NotOwnerOnCloudException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public NotOwnerOnCloudException(String message) {
        super(message);
    }
}
