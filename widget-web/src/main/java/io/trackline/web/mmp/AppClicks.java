package io.trackline.web.mmp;

import io.trackline.mmp.api.ClickCommand;
import io.trackline.mmp.api.ClickReceipt;
import io.trackline.mmp.api.ClickRecorder;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.security.AuthenticatedApp;
import io.trackline.web.security.S2STokenAuthenticated;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Clicks an app's backend reports itself: they need the app's S2S token (401 without a valid one, counted
 * as a failed authentication), and the visitor is whoever the parameters name, since the caller is a
 * server. Either a click of the app ({@code no_redirect=true}, no tracking link), or a click through one of
 * the app's own tracking links.
 */
@RequestScoped
@S2STokenAuthenticated
public class AppClicks {

    @Inject
    private S2SParameters parameters;

    @Inject
    private AuthenticatedApp app;

    @EJB
    private ClickRecorder clicks;

    public ClickReceipt record(boolean noRedirect) {
        if (!noRedirect) {
            throw new InvalidFieldException("no_redirect", "must be true when no link is given: there is nowhere"
                    + " to redirect to");
        }
        ClickRequest request = ClickRequest.of(parameters);
        return clicks.record(new ClickCommand(app.get(), null, request.publisher(), request.campaign(),
                request.subIds(), request.ip(), request.userAgent()));
    }

    /** A click through {@code link} for the visitor the parameters name; another app's link is refused (403). */
    public ClickReceipt recordThrough(String link) {
        ClickRequest request = ClickRequest.of(parameters);
        return clicks.record(new ClickCommand(app.get(), link, null, null, request.subIds(), request.ip(),
                request.userAgent()));
    }
}
