package io.enterpriseconnect.cloud.platform;

import io.enterpriseconnect.protocol.web.SignInThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The cloud's {@link SignInThrottle}, configured from {@code cloud.sign-in.*}: asked before a password is
 * checked (the sign-in page and HTTP Basic on the API alike) and told the outcome. Lock-outs are logged.
 */
@ApplicationScoped
public class CloudSignInGuard {

    /** Request attribute: the seconds a refused sign-in must wait. */
    public static final String RETRY_AFTER = CloudSignInGuard.class.getName() + ".retryAfter";
    private static final Logger LOG = Logger.getLogger(CloudSignInGuard.class.getName());

    private SignInThrottle throttle;

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        throttle = SignInThrottle.configured((name, fallback) -> config.getOptionalValue("cloud.sign-in." + name, Integer.class)
                .orElse(fallback));
    }

    /** False when {@code login} must wait; the seconds are then left on the request ({@link #RETRY_AFTER}). */
    boolean allows(String login, HttpServletRequest request) {
        SignInThrottle.Verdict verdict = throttle.check(login, request.getRemoteAddr());
        if (!verdict.allowed()) {
            request.setAttribute(RETRY_AFTER, verdict.retryAfterSeconds());
        }
        return verdict.allowed();
    }

    void failed(String login, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (throttle.failed(login, address)) {
            LOG.warning(() -> "Sign-in of '" + login + "' locked out after too many wrong passwords in a row (the last from "
                    + address + ")");
        }
    }

    void succeeded(String login) {
        throttle.succeeded(login);
    }
}
