package io.enterpriseconnect.instance.platform;

import jakarta.ejb.ApplicationException;

/**
 * Input a service refuses, naming the field and the problem. Rolls back the transaction so nothing
 * half-written is left behind; the API answers it with 400.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends ServiceException {

    private final String field;
    private final String problem;

    public InvalidInputException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
