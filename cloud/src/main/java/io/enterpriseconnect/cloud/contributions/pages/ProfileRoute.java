package io.enterpriseconnect.cloud.contributions.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /users/{login}}, GitHub's profile address, served by the profile page: Faces maps views by
 * file name, so this forwards to {@code /profile.xhtml?login=…}.
 */
@WebServlet("/users/*")
public class ProfileRoute extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PROFILE_VIEW = "/profile.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String login = login(request.getPathInfo());
        if (login == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(PROFILE_VIEW + "?login=" + URLEncoder.encode(login, StandardCharsets.UTF_8))
                .forward(request, response);
    }

    /** The login in {@code /{login}}, or null for any other path (nothing lives below a profile). */
    static String login(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || pathInfo.indexOf('/', 1) >= 0) {
            return null;
        }
        return pathInfo.substring(1);
    }
}
