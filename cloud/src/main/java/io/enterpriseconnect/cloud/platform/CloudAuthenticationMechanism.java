package io.enterpriseconnect.cloud.platform;

import io.enterpriseconnect.cloud.platform.api.CloudApiApplication;
import io.enterpriseconnect.cloud.platform.api.RefusedCredentialsFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cloud's one authentication mechanism, routing by path.
 * <ul>
 * <li>API ({@value CloudApiApplication#ROOT}/...): the {@code Authorization} header only, never the session
 * cookie, so that a browser's session cannot be used against the API. {@code Bearer <JWT>} is an app,
 * {@code token <ghs_...>} or {@code Bearer <ghs_...>} an installation, {@code Basic} a user's login and
 * password (scripts). No header: anonymous, and the services refuse what needs a caller. A header
 * that does not authenticate: GitHub's 401 JSON body.</li>
 * <li>Pages: the sign-in page hands the login and password over through
 * {@code SecurityContext.authenticate}; the result is kept in the session; protected pages send
 * anonymous visitors to the sign-in page, which returns them where they were going.</li>
 * </ul>
 */
@ApplicationScoped
public class CloudAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/sign-in";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiAuthenticator apiCredentials;

    @Inject
    CloudSignInGuard guard;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        return isApi(request) ? authenticateApi(request, context) : authenticatePage(request, context);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(CloudApiApplication.ROOT) || path.startsWith(CloudApiApplication.ROOT + "/");
    }

    private AuthenticationStatus authenticateApi(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        try {
            ApiAuthenticator.Caller caller = header.regionMatches(true, 0, "Basic ", 0, 6)
                    ? basic(header.substring(6).strip(), request)
                    : apiCredentials.authenticate(header);
            return context.notifyContainerAboutLogin(caller.name(), caller.roles());
        } catch (ApiAuthenticator.CredentialsRefusedException refused) {
            return refuse(request, context, refused.getMessage());
        }
    }

    private ApiAuthenticator.Caller basic(String encoded, HttpServletRequest request) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiAuthenticator.CredentialsRefusedException(ApiAuthenticator.BAD_CREDENTIALS);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new ApiAuthenticator.CredentialsRefusedException(ApiAuthenticator.BAD_CREDENTIALS);
        }
        String login = decoded.substring(0, colon);
        if (!guard.allows(login, request)) {
            throw new ApiAuthenticator.CredentialsRefusedException(ApiAuthenticator.TOO_MANY_ATTEMPTS);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(login, decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            guard.failed(login, request);
            throw new ApiAuthenticator.CredentialsRefusedException(ApiAuthenticator.BAD_CREDENTIALS);
        }
        guard.succeeded(login);
        return new ApiAuthenticator.Caller(result.getCallerPrincipal().getName(), result.getCallerGroups());
    }

    /**
     * Leaves the request anonymous and notes why; {@link RefusedCredentialsFilter} answers it with
     * GitHub's 401 body before any resource runs. (Writing the body here would race the container's
     * own handling of a failed authentication.)
     */
    private AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, String message) {
        request.setAttribute(RefusedCredentialsFilter.REASON, message);
        return context.doNothing();
    }

    private AuthenticationStatus authenticatePage(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.login(), signedIn.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String login = credential instanceof UsernamePasswordCredential password ? password.getCaller() : null;
        if (login != null && !guard.allows(login, request)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (login != null) {
                guard.failed(login, request);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (login != null) {
            guard.succeeded(login);
        }
        request.getSession(true);
        request.changeSessionId(); // a session id seen before sign-in must not become a signed-in one
        request.getSession().setAttribute(SignedIn.SESSION_ATTRIBUTE,
                new SignedIn(result.getCallerPrincipal().getName(), java.util.Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }
}
