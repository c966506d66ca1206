package io.enterpriseconnect.instance.platform.security;

import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import io.enterpriseconnect.protocol.web.SignInThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
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
        throttle = new SignInThrottle(config.getOptionalValue("instance.sign-in.failures-per-account", Integer.class).orElse(10),
                config.getOptionalValue("instance.sign-in.failures-per-address", Integer.class).orElse(100),
                Duration.ofSeconds(config.getOptionalValue("instance.sign-in.quiet-seconds", Integer.class).orElse(60)),
                Duration.ofSeconds(config.getOptionalValue("instance.sign-in.lockout-seconds", Integer.class).orElse(30)),
                Duration.ofMinutes(config.getOptionalValue("instance.sign-in.max-lockout-minutes", Integer.class).orElse(15)),
                Clock.systemUTC());
    }

    /** Null when {@code login} may try now; else the seconds to wait (also left on the request for the page). */
    Long refusal(String login, HttpServletRequest request) {
        SignInThrottle.Verdict verdict = throttle.check(login, request.getRemoteAddr());
        if (verdict.allowed()) {
            return null;
        }
        long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
        request.setAttribute(RETRY_AFTER, seconds);
        return seconds;
    }

    void failed(String login, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (throttle.failed(login, address)) {
            SignInThrottle.Verdict verdict = throttle.check(login, address);
            audit.record(login, LOCKED_OUT, AuditOutcome.FAILURE, "Too many wrong passwords in a row (the last from "
                    + address + "): sign-in refused for " + verdict.retryAfter().toSeconds() + " s");
        }
    }

    void succeeded(String login) {
        throttle.succeeded(login);
    }
}
