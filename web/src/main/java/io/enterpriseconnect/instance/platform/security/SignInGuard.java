package io.enterpriseconnect.instance.platform.security;

import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import io.enterpriseconnect.protocol.web.SignInThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The instance's {@link SignInThrottle}, configured from {@code instance.sign-in.*}, with every lock-out in
 * the audit log. Asked before a password is checked (form and HTTP Basic alike) and told the outcome.
 */
@ApplicationScoped
public class SignInGuard {

    /** Request attribute: the seconds a refused sign-in must wait, for the sign-in page's message. */
    public static final String RETRY_AFTER = SignInGuard.class.getName() + ".retryAfter";
    static final String LOCKED_OUT = "sign-in-locked-out";

    @Inject
    AuditService audit;

    private SignInThrottle throttle;

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        throttle = SignInThrottle.configured((name, fallback) -> config.getOptionalValue("instance.sign-in." + name, Integer.class)
                .orElse(fallback));
    }

    /** Null when {@code login} may try now; else the seconds to wait (also left on the request for the page). */
    Long refusal(String login, HttpServletRequest request) {
        SignInThrottle.Verdict verdict = throttle.check(login, request.getRemoteAddr());
        if (verdict.allowed()) {
            return null;
        }
        request.setAttribute(RETRY_AFTER, verdict.retryAfterSeconds());
        return verdict.retryAfterSeconds();
    }

    void failed(String login, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (throttle.failed(login, address)) {
            SignInThrottle.Verdict verdict = throttle.check(login, address);
            audit.record(login, LOCKED_OUT, AuditOutcome.FAILURE, "Too many wrong passwords in a row (the last from "
                    + address + "): sign-in refused for " + verdict.retryAfterSeconds() + " s");
        }
    }

    void succeeded(String login) {
        throttle.succeeded(login);
    }
}
