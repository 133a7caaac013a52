package io.trackline.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first admin of a deployment that has none: production seeds no user, so an operator names one with
 * {@code TRACKLINE_ADMIN_USERNAME} and {@code TRACKLINE_ADMIN_PASSWORD} (12 characters or more), and it is
 * made at start-up, once; once any admin exists, the settings are ignored (and may be removed). A password
 * too short refuses the start, as a missing secret does.
 */
@Startup
@Singleton
@DependsOn({"DeploymentCheck", "SecretsAtRest"})
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "trackline.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "trackline.admin.password")
    Optional<String> password;

    @EJB
    private UserAccountService users;

    @PostConstruct
    void makeIfNone() {
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        if (password.get().length() < AccessAdministration.MIN_PASSWORD) {
            LOG.severe("Start refused: TRACKLINE_ADMIN_PASSWORD must be " + AccessAdministration.MIN_PASSWORD
                    + " characters or more.");
            throw new IllegalStateException("TRACKLINE_ADMIN_PASSWORD is too short");
        }
        if (users.registerFirstAdmin(username.get().strip(), password.get().toCharArray())) {
            LOG.info(() -> "Admin " + username.get().strip() + " is made: sign in, then remove"
                    + " TRACKLINE_ADMIN_PASSWORD from the environment.");
        } else {
            LOG.info("An admin exists already: TRACKLINE_ADMIN_USERNAME and TRACKLINE_ADMIN_PASSWORD are ignored.");
        }
    }
}
