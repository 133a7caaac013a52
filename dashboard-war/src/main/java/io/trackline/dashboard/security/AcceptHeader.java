package io.trackline.dashboard.security;

import java.util.Locale;

/**
 * Whether a request's {@code Accept} header asks for a page rather than data: browsers list
 * {@code text/html} first; scripts and API clients ask for JSON, or for anything.
 */
final class AcceptHeader {

    private AcceptHeader() {
    }

    /** Whether HTML is acceptable, and at least as welcome as JSON; accepting anything is no preference for it. */
    static boolean prefersHtml(String accept) {
        if (accept == null) {
            return false;
        }
        double html = 0;
        double json = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = Math.max(html, quality(parts));
            } else if (type.equals("application/json") || type.endsWith("+json")) {
                json = Math.max(json, quality(parts));
            }
        }
        return html > 0 && html >= json;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException malformed) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
