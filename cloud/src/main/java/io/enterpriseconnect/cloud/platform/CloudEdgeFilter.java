package io.enterpriseconnect.cloud.platform;

import io.enterpriseconnect.protocol.web.CrossSiteRequests;
import io.enterpriseconnect.protocol.web.SecurityHeaders;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The cloud's web edge: every response carries {@link SecurityHeaders}, and a state-changing request
 * to the cloud's pages that a browser sent from another site's page is refused before anything handles
 * it ({@link CrossSiteRequests}). The API under {@code /api/} is not checked: it never reads the session
 * cookie (only the {@code Authorization} header), so a cross-site request has no ambient authority there,
 * and GitHub's API answers any origin.
 */
// ERROR too: a refusal of the authentication mechanism (401) reaches the client through the error page.
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class CloudEdgeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CloudEdgeFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.forResponse(request.isSecure()).forEach(response::setHeader);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getDispatcherType() == DispatcherType.REQUEST && !path.startsWith("/api/")) {
            Optional<String> refusal = CrossSiteRequests.refusal(request.getMethod(), request.getHeader("Sec-Fetch-Site"),
                    request.getHeader("Origin"), request.getHeader("Host"), null);
            if (refusal.isPresent()) {
                LOG.warning(() -> "Refused " + request.getMethod() + " " + path + " from " + request.getRemoteAddr()
                        + ": " + refusal.get());
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setCharacterEncoding("UTF-8");
                response.setContentType("text/plain");
                response.getWriter().write("403 " + refusal.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
