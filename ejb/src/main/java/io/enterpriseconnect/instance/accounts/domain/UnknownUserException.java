package io.enterpriseconnect.instance.accounts.domain;

import jakarta.ejb.ApplicationException;

/** A request about a user the instance does not have; the API answers 404. */
@ApplicationException(rollback = true)
public class UnknownUserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String login;

    public UnknownUserException(String login) {
        super("No user " + login + " on this instance");
        this.login = login;
    }

    public String login() {
        return login;
    }
}
