package io.trackline.dashboard.security;

import io.trackline.platform.api.TooManyRequestsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/**
 * Signing in and out. The login form hands the username and password to Jakarta Security
 * ({@link DashboardAuthentication}), within the abuse limit ({@link SignInAttempts}). Wrong credentials get
 * one message, whichever was wrong. The login page keeps no state, so a visitor has no session until signed
 * in: the session starts then, and one the visitor brought along gets a new id (against fixation). Signing
 * out signs out of the container and ends the session.
 */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private FacesContext faces;

    @NotBlank(message = "Your username, please.")
    @Size(max = 100)
    private String username;

    @NotBlank(message = "Your password, please.")
    @Size(max = 200)
    private String password;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        UsernamePasswordCredential credential = new UsernamePasswordCredential(username.strip(), password);
        AuthenticationStatus status;
        try {
            status = attempts.attempt(request, credential.getCaller(), () -> securityContext.authenticate(request,
                    response, AuthenticationParameters.withParams().credential(credential).newAuthentication(true)));
        } catch (TooManyRequestsException refused) {
            TooManySignIns.answer(faces, refused);
            return null;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            startSession(request);
            return "/index.xhtml?faces-redirect=true";
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Wrong username or password.", null));
        return null;
    }

    /** Signs out of the container (its single sign-on cookie too) and ends the session. */
    public String logout() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    private static void startSession(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
