package io.enterpriseconnect.instance.platform;

import java.util.Optional;

/**
 * A refusal a façade explains to the person: its message is English (the API's error body, the
 * audit log); with a key, the console shows it in the user's language from the console's
 * {@code service-messages} bundle, filling in the same arguments.
 */
public abstract class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private String key;
    private Object[] arguments = {};

    protected ServiceException(String message) {
        super(message);
    }

    /** Names this message in the console's bundles, with the values it mentions ({0}, {1}, ...). */
    @SuppressWarnings("unchecked")
    public <T extends ServiceException> T as(String key, Object... arguments) {
        this.key = key;
        this.arguments = arguments.clone();
        return (T) this;
    }

    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
