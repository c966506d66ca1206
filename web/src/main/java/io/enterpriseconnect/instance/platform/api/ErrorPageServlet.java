package io.enterpriseconnect.instance.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for errors raised outside JAX-RS (authentication, unknown paths): JSON for the API,
 * so scripts never get an HTML page, and a plain page for people.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Jsonb json = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String message = switch (status) {
            case 401 -> "Sign in: send HTTP Basic credentials of an instance user";
            case 403 -> "Your roles do not allow this; ask a site administrator";
            case 404 -> "Nothing here: " + path;
            default -> "The request could not be handled (" + status + ")";
        };
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(json.toJson(InstanceApiError.of(status, message)));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(status + " " + message);
        }
    }
}
