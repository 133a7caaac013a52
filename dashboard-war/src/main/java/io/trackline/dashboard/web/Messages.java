package io.trackline.dashboard.web;

import io.trackline.platform.api.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Runs what a person asked for and tells them, on the page, why it was refused: a service's problem (a
 * wrong field, another tenant's thing) is a message, not an error page.
 */
public final class Messages {

    private Messages() {
    }

    public static void attempt(Runnable action) {
        try {
            action.run();
        } catch (ProblemException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), null));
            faces.validationFailed();
        }
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message,
                null));
    }
}
