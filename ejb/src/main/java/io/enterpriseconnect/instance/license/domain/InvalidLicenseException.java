package io.enterpriseconnect.instance.license.domain;

/** A license file that cannot be used: unreadable, incomplete or not matching its signature. */
public class InvalidLicenseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public InvalidLicenseException(String message) {
        super(message);
    }
}
