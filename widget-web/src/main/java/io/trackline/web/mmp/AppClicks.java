package io.trackline.web.mmp;

import io.trackline.mmp.api.ClickCommand;
import io.trackline.mmp.api.ClickReceipt;
import io.trackline.mmp.application.ClickService;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.security.AuthenticatedApp;
import io.trackline.web.security.S2STokenAuthenticated;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Clicks an app's backend reports itself ({@code no_redirect=true}, no tracking link): they need the app's
 * S2S token, and the visitor given as parameters, since the caller is a server.
 */
@RequestScoped
@S2STokenAuthenticated
public class AppClicks {

    @Inject
    private S2SParameters parameters;

    @Inject
    private AuthenticatedApp app;

    @EJB
    private ClickService clicks;

    public ClickReceipt record(boolean noRedirect) {
        if (!noRedirect) {
            throw new InvalidFieldException("no_redirect", "must be true when no link is given: there is nowhere"
                    + " to redirect to");
        }
        ClickRequest request = ClickRequest.of(parameters, null, null);
        return clicks.record(new ClickCommand(app.get(), null, request.publisher(), request.campaign(),
                request.subIds(), request.ip(), request.userAgent()));
    }
}
