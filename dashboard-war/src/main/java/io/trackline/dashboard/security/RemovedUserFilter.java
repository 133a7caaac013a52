package io.trackline.dashboard.security;

import io.trackline.platform.application.UserAccountService;
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

/**
 * Ends the session of a user an admin removed: its next request signs it out and goes to the login page,
 * instead of a page that has nobody to show it to.
 */
@WebFilter("/*")
public class RemovedUserFilter extends HttpFilter {

    @EJB
    private UserAccountService users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null && !request.getRequestURI().contains("/jakarta.faces.resource/")
                && users.find(caller.getName()).isEmpty()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + DashboardAuthentication.LOGIN_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
