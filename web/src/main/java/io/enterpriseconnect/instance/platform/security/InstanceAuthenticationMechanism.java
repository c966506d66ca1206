package io.enterpriseconnect.instance.platform.security;

import io.enterpriseconnect.instance.platform.api.InstanceApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * One mechanism for both audiences: people sign in on the sign-in page and keep a session; scripts
 * send HTTP Basic credentials with every API call and get JSON errors, never a redirect to a page.
 */
@ApplicationScoped
@AutoApplySession
public class InstanceAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/login.xhtml";
    private static final String BASIC = "Basic ";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInGuard guard;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return signInWith(basicCredential(authorization), request, context, () -> unauthorized(response, context),
                    seconds -> tooManyAttempts(seconds, response));
        }
        Credential submitted = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && submitted != null) {
            // The sign-in page asked (SecurityContext.authenticate): a refusal goes back to it, which says why;
            // an error status here would replace the page with the error page.
            AuthenticationStatus status = signInWith(submitted, request, context, () -> AuthenticationStatus.SEND_FAILURE,
                    seconds -> AuthenticationStatus.SEND_FAILURE);
            if (status == AuthenticationStatus.SUCCESS && request.getSession(false) != null) {
                request.changeSessionId(); // a session id seen before sign-in must not become a signed-in one
            }
            return status;
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response, context);
        }
        return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
    }

    /**
     * Checks the password unless the throttle refuses the attempt first ({@code throttled}, given the seconds
     * to wait), and tells the throttle how it went.
     */
    private AuthenticationStatus signInWith(Credential credential, HttpServletRequest request, HttpMessageContext context,
                                            Supplier<AuthenticationStatus> refusal,
                                            LongFunction<AuthenticationStatus> throttled) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return refusal.get();
        }
        String login = password.getCaller();
        Long wait = guard.refusal(login, request);
        if (wait != null) {
            return throttled.apply(wait);
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            guard.succeeded(login);
            return context.notifyContainerAboutLogin(result);
        }
        guard.failed(login, request);
        return refusal.get();
    }

    /** 429 with Retry-After and the API's error body, written here: no password was checked. */
    private static AuthenticationStatus tooManyAttempts(long seconds, HttpServletResponse response) {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(InstanceApiError.of(429, "Too many wrong passwords in a row for this "
                    + "user or from this address: try again in " + seconds + " s")));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential basicCredential(String authorization) {
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** 401 with a Basic challenge; ErrorPageServlet writes the JSON body. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Enterprise Connect\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
