package io.enterpriseconnect.help;

/**
 * A problem in a help source: its message always starts with {@code file:line:col:} so that a
 * failed build points the writer at the exact place to fix.
 */
public class HelpSourceException extends RuntimeException {

    private final SourceLocation location;
    private final String reason;

    public HelpSourceException(SourceLocation location, String reason) {
        super(location + ": " + reason);
        this.location = location;
        this.reason = reason;
    }

    public HelpSourceException(SourceLocation location, String reason, Throwable cause) {
        super(location + ": " + reason, cause);
        this.location = location;
        this.reason = reason;
    }

    public SourceLocation location() {
        return location;
    }

    /** The message without its location, for reports that show the location in their own column. */
    public String reason() {
        return reason;
    }
}
