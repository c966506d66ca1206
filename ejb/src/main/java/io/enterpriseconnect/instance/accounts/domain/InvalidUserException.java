package io.enterpriseconnect.instance.accounts.domain;

import io.enterpriseconnect.instance.platform.InvalidInputException;

/** A user that cannot be added as given. */
public class InvalidUserException extends InvalidInputException {

    public InvalidUserException(String field, String problem) {
        super(field, problem);
    }
}
