package io.trackline.dashboard.security;

import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.api.UserAccounts;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Looks the signed-in user up once a request and hands it to the pages ({@link Viewer}) as the request
 * attribute {@value #USER}; a user an admin removed is signed out instead and sent to the login page.
 */
@WebFilter("/*")
public class SignedInUserFilter extends HttpFilter {

    static final String USER = "io.trackline.dashboard.user";

    @EJB
    private UserAccounts users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null || request.getRequestURI().contains("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<DashboardUser> user = users.find(caller.getName());
        if (user.isEmpty()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + DashboardAuthentication.LOGIN_PAGE);
            return;
        }
        request.setAttribute(USER, user.get());
        chain.doFilter(request, response);
    }
}
