package io.enterpriseconnect.instance.platform;

import jakarta.ejb.ApplicationException;

/** An action that does not fit where GitHub Connect stands (connecting twice, say); the API answers 409. */
@ApplicationException(rollback = true)
public class ConflictException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
