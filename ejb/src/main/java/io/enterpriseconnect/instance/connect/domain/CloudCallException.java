package io.enterpriseconnect.instance.connect.domain;

import jakarta.ejb.ApplicationException;

/**
 * A call to the cloud that did not work, saying which and why in words an administrator can act
 * on. The message never carries a response body beyond the cloud's own {@code message}, so no
 * credential the cloud returned can end up in a log or an API answer.
 */
@ApplicationException(rollback = true)
public class CloudCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the cloud answered at all. */
    public enum Kind {
        /** Not reached, or not able to answer (network, proxy, TLS, timeout, 5xx, paused calls). */
        UNREACHABLE,
        /** It answered and refused (4xx). */
        REFUSED
    }

    private final Kind kind;
    private final int status;

    public CloudCallException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the cloud answered with, or 0 when it did not answer. */
    public int status() {
        return status;
    }
}
