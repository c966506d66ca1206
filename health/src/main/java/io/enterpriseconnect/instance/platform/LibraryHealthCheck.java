package io.enterpriseconnect.instance.platform;

import org.eclipse.microprofile.health.HealthCheck;

/**
 * A health check in the EAR's lib/, where both servers find it (WildFly registers no checks of the
 * ejb or web module: WFLY-12835). Subclasses are {@code @Dependent}: the server keeps the instance it
 * is given and calls it on its own threads, where Payara has no active application context for a
 * lib/ bean, so a normal-scoped client proxy would fail there. Payara may also be given one instance
 * per module: instances of one class are equal, so that each check is reported once.
 */
public abstract class LibraryHealthCheck implements HealthCheck {

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }
}
