package io.trackline.web.security;

import io.trackline.mmp.api.AppRef;
import jakarta.enterprise.context.RequestScoped;

/** The app whose S2S token authenticated the current request. */
@RequestScoped
public class AuthenticatedApp {

    private AppRef app;

    void authenticatedAs(AppRef authenticated) {
        this.app = authenticated;
    }

    public AppRef get() {
        if (app == null) {
            throw new IllegalStateException("No S2S token authenticated this request");
        }
        return app;
    }
}
