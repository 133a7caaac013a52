package io.trackline.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tells a browser that reached a web module over HTTPS to come back over HTTPS only (HSTS, RFC 6797), for
 * {@code trackline.http.hsts-max-age-seconds} (a year by default; 0 makes browsers forget it). Never on
 * plain HTTP, where browsers ignore it (RFC 6797, section 8.1) and where the demo runs. Behind a proxy that
 * ends TLS, the requests Liberty sees are plain, so that proxy sends the header. Both web modules map it in
 * their {@code web.xml}.
 */
public class StrictTransportSecurityFilter extends HttpFilter {

    static final String HEADER = "Strict-Transport-Security";
    static final String MAX_AGE_PROPERTY = "trackline.http.hsts-max-age-seconds";
    static final long ONE_YEAR_SECONDS = 31_536_000;

    private static final long serialVersionUID = 1L;

    private String value;

    @Override
    public void init() {
        value = "max-age=" + ConfigProvider.getConfig().getOptionalValue(MAX_AGE_PROPERTY, Long.class)
                .filter(seconds -> seconds >= 0).orElse(ONE_YEAR_SECONDS);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader(HEADER, value);
        }
        chain.doFilter(request, response);
    }
}
