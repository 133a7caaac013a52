package io.trackline.dashboard.web;

import io.trackline.platform.api.DeploymentMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Whether the pages say "Demo mode": only in demo mode, where the demo users, keys and passwords committed
 * to the repository work, so that nobody mistakes such a server for one fit to expose. Never in production.
 */
@Named
@ApplicationScoped
public class DemoModeNotice {

    public boolean isShown() {
        return DeploymentMode.demo();
    }
}
