package io.trackline.dashboard.access;

import java.io.Serializable;

/** A secret just issued, shown on the page that issued it until the user says it is stored; then gone. */
public class IssuedSecretNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    private String what;
    private String secret;

    void show(String what, String secret) {
        this.what = what;
        this.secret = secret;
    }

    public void taken() {
        what = null;
        secret = null;
    }

    public boolean isShown() {
        return secret != null;
    }

    public String getWhat() {
        return what;
    }

    public String getSecret() {
        return secret;
    }
}
