package io.enterpriseconnect.instance.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A façade command whose outcome goes into the audit log: who called it, the action, and either what
 * it did (the detail the command gives its {@link AuditTrail}) or why it failed (the exception's
 * message). Recorded by {@link AuditInterceptor} in a transaction of its own, so a failure is on
 * record even when the command's transaction rolls back.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** The action as the audit log names it, such as {@code connect} or {@code contributions-link}. */
    @Nonbinding
    String value() default "";
}
