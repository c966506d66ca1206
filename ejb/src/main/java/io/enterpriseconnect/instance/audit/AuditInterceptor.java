package io.enterpriseconnect.instance.audit;

import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.security.Principal;

/** Records every {@link Audited} command's outcome, success and failure, with the caller's name. */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    // @Inject, not @EJB: Payara looks an interceptor's @EJB up in the intercepted component's java:comp/env,
    // where it is not bound, and cannot create the façade at all.
    @Inject
    AuditService audit;

    @Inject
    AuditTrail trail;

    @Inject
    Principal caller;

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        String action = action(invocation);
        String actor = caller.getName();
        AuditTrail.Entry entry = trail.open();
        try {
            Object result = invocation.proceed();
            audit.record(actor, action, entry.outcome, entry.detail != null ? entry.detail : action);
            return result;
        } catch (RuntimeException e) {
            audit.record(actor, action, AuditOutcome.FAILURE, e.getMessage());
            throw e;
        } finally {
            trail.close();
        }
    }

    private static String action(InvocationContext invocation) {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            audited = invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
        }
        return audited.value();
    }
}
