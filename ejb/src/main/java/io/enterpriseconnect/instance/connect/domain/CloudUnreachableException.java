package io.enterpriseconnect.instance.connect.domain;

import jakarta.ejb.ApplicationException;

/** The cloud was not reached, or could not act on the request: worth retrying later. */
@ApplicationException(rollback = true)
public class CloudUnreachableException extends CloudCallException {

    private static final long serialVersionUID = 1L;

    public CloudUnreachableException(int status, String message) {
        super(Kind.UNREACHABLE, status, message);
    }
}
