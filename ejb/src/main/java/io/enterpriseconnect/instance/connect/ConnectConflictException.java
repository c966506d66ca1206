package io.enterpriseconnect.instance.connect;

import jakarta.ejb.ApplicationException;

/** An action that does not fit where GitHub Connect stands (connecting twice, say); the API answers 409. */
@ApplicationException(rollback = true)
public class ConnectConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConnectConflictException(String message) {
        super(message);
    }
}
