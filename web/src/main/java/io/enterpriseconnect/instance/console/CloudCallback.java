package io.enterpriseconnect.instance.console;

import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.platform.ConflictException;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

/**
 * Where the cloud sends the browser back after an authorization it asked for: with {@code code} and
 * {@code state}, or {@code error} when the person cancelled on the cloud. Finishes the flow and
 * returns to the page it started from with the outcome.
 */
public abstract class CloudCallback {

    @Inject
    ConsoleView messages;

    private String code;
    private String state;
    private String error;

    public String complete() {
        try {
            if (error != null && !error.isBlank()) {
                cancelled(state, error);
            } else {
                messages.info(completed(code, state));
            }
        } catch (InvalidInputException | ConstraintViolationException | ConflictException | CloudCallException e) {
            messages.problem(e);
        }
        return page();
    }

    protected abstract void cancelled(String state, String error);

    /** @return the message that says what is now connected */
    protected abstract String completed(String code, String state);

    /** A console message in the user's language. */
    protected String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    /** The page the flow started from. */
    protected abstract String page();

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }
}
