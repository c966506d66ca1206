package io.enterpriseconnect.instance.platform.security;

import io.enterpriseconnect.instance.platform.api.InstanceApiError;
import io.enterpriseconnect.protocol.web.CrossSiteRequests;
import io.enterpriseconnect.protocol.web.SecurityHeaders;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The instance's web edge: every response carries {@link SecurityHeaders}, and a state-changing request
 * that a browser sent from another site's page is refused before anything handles it
 * ({@link CrossSiteRequests}), whatever credentials it carries — a session cookie, or HTTP Basic
 * credentials the browser cached. The webhook receiver is the exception: senders are servers, and each
 * delivery proves itself with its signature, not with ambient credentials.
 */
// ERROR too: a refusal of the authentication mechanism (401) reaches the client through the error page.
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class InstanceEdgeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(InstanceEdgeFilter.class.getName());
    private static final String WEBHOOKS = "/webhooks/";

    private final transient Jsonb json = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.forResponse(request.isSecure()).forEach(response::setHeader);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getDispatcherType() == DispatcherType.REQUEST && !path.startsWith(WEBHOOKS)) {
            Optional<String> refusal = CrossSiteRequests.refusal(request.getMethod(), request.getHeader("Sec-Fetch-Site"),
                    request.getHeader("Origin"), request.getHeader("Host"), publicAddress());
            if (refusal.isPresent()) {
                LOG.warning(() -> "Refused " + request.getMethod() + " " + path + " from " + request.getRemoteAddr()
                        + ": " + refusal.get());
                refuse(path, refusal.get(), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(String path, String message, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(json.toJson(InstanceApiError.of(HttpServletResponse.SC_FORBIDDEN, message)));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write("403 " + message);
        }
    }

    private static String publicAddress() {
        return ConfigProvider.getConfig().getOptionalValue("instance.url", String.class).orElse(null);
    }
}
