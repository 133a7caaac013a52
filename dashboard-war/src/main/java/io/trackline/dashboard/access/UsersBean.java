package io.trackline.dashboard.access;

import io.trackline.dashboard.security.Viewer;
import io.trackline.dashboard.web.Messages;
import io.trackline.platform.api.AccessManagement;
import io.trackline.platform.api.UserView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The users page, an admin's: who signs in to the dashboard, as which role and in which tenant; adding a
 * user, setting a new password, removing a user. Passwords pass through once and are kept only hashed.
 */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccessManagement access;

    @Inject
    Viewer viewer;

    private List<UserView> users = List.of();
    private String username;
    private String password;
    private String role = "brand";
    private String tenant;
    private UserView resetting;
    private String newPassword;

    @PostConstruct
    void load() {
        if (viewer.isAdmin()) {
            users = access.users(viewer.user());
        }
    }

    public void add() {
        Messages.attempt(() -> {
            access.addUser(viewer.user(), username == null ? null : username.strip(), chars(password), role, tenant);
            Messages.info("User " + username.strip() + " may sign in now.");
            username = null;
            tenant = null;
            users = access.users(viewer.user());
        });
        password = null;
    }

    public void startReset(UserView user) {
        resetting = user;
        newPassword = null;
    }

    public void reset() {
        Messages.attempt(() -> {
            access.resetPassword(viewer.user(), resetting.username(), chars(newPassword));
            Messages.info("User " + resetting.username() + " signs in with the new password from now on.");
            resetting = null;
        });
        newPassword = null;
    }

    public void remove(UserView user) {
        Messages.attempt(() -> {
            access.removeUser(viewer.user(), user.username());
            Messages.info("User " + user.username() + " is removed.");
            users = access.users(viewer.user());
        });
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }

    public List<UserView> getUsers() {
        return users;
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public UserView getResetting() {
        return resetting;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
