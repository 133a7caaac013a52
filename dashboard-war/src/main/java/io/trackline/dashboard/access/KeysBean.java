package io.trackline.dashboard.access;

import io.trackline.dashboard.security.Viewer;
import io.trackline.dashboard.web.Choice;
import io.trackline.dashboard.web.Messages;
import io.trackline.influencer.api.BrandView;
import io.trackline.influencer.api.InfluencerDashboard;
import io.trackline.mmp.api.AppView;
import io.trackline.mmp.api.MmpDashboard;
import io.trackline.platform.api.AccessManagement;
import io.trackline.platform.api.ApiClientView;
import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.api.SecretView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Keys and tokens: a brand's access keys, an app's S2S tokens and (for an admin) the management API's
 * clients; each issued, rotated (a new one under the same label, the old one revoked) or revoked. A new
 * secret is shown once, here; lists never show secrets. Retailers' signing keys are on the retailers page.
 */
@Named
@ViewScoped
public class KeysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    InfluencerDashboard influencer;

    @EJB
    MmpDashboard mmp;

    @EJB
    AccessManagement access;

    @Inject
    Viewer viewer;

    private final IssuedSecretNotice issued = new IssuedSecretNotice();
    private Choice brand;
    private Choice app;
    private List<SecretView> accessKeys = List.of();
    private List<SecretView> tokens = List.of();
    private List<ApiClientView> clients = List.of();
    private String keyLabel;
    private String tokenLabel;
    private String clientLabel;
    private String clientRole = "admin";
    private String clientTenant;

    @PostConstruct
    void load() {
        brand = Choice.of(influencer.brands(viewer.user()), BrandView::id, BrandView::name);
        app = Choice.of(mmp.apps(viewer.user()), AppView::id, view -> view.name() + " (" + view.code() + ")");
        brandChanged();
        appChanged();
        if (viewer.isAdmin()) {
            clients = access.apiClients(viewer.user());
        }
    }

    public void brandChanged() {
        accessKeys = brand.isOffered() ? influencer.accessKeys(viewer.user(), brand.getChosen()) : List.of();
    }

    public void appChanged() {
        tokens = app.isOffered() ? mmp.tokens(viewer.user(), app.getChosen()) : List.of();
    }

    public void issueAccessKey() {
        Messages.attempt(() -> {
            IssuedSecret secret = influencer.issueAccessKey(viewer.user(), brand.getChosen(), keyLabel);
            shown("access key \u201c" + keyLabel.strip() + "\u201d", secret);
            keyLabel = null;
            brandChanged();
        });
    }

    public void rotateAccessKey(SecretView key) {
        Messages.attempt(() -> {
            shown("access key \u201c" + key.label() + "\u201d (the old one is revoked)",
                    influencer.rotateAccessKey(viewer.user(), brand.getChosen(), key.id()));
            brandChanged();
        });
    }

    public void revokeAccessKey(SecretView key) {
        Messages.attempt(() -> {
            influencer.revokeAccessKey(viewer.user(), brand.getChosen(), key.id());
            Messages.info("Access key \u201c" + key.label() + "\u201d is revoked.");
            brandChanged();
        });
    }

    public void issueToken() {
        Messages.attempt(() -> {
            IssuedSecret secret = mmp.issueToken(viewer.user(), app.getChosen(), tokenLabel);
            shown("S2S token \u201c" + tokenLabel.strip() + "\u201d", secret);
            tokenLabel = null;
            appChanged();
        });
    }

    public void rotateToken(SecretView token) {
        Messages.attempt(() -> {
            shown("S2S token \u201c" + token.label() + "\u201d (the old one is revoked)",
                    mmp.rotateToken(viewer.user(), app.getChosen(), token.id()));
            appChanged();
        });
    }

    public void revokeToken(SecretView token) {
        Messages.attempt(() -> {
            mmp.revokeToken(viewer.user(), app.getChosen(), token.id());
            Messages.info("S2S token \u201c" + token.label() + "\u201d is revoked.");
            appChanged();
        });
    }

    public void registerClient() {
        Messages.attempt(() -> {
            IssuedSecret secret = access.registerApiClient(viewer.user(), clientLabel, clientRole, clientTenant);
            shown("API client " + secret.id(), secret);
            clientLabel = null;
            clientTenant = null;
            clients = access.apiClients(viewer.user());
        });
    }

    public void revokeClient(ApiClientView client) {
        Messages.attempt(() -> {
            access.revokeApiClient(viewer.user(), client.clientId());
            Messages.info("API client " + client.clientId() + " is revoked.");
            clients = access.apiClients(viewer.user());
        });
    }

    private void shown(String what, IssuedSecret secret) {
        issued.show(what, secret.secret());
    }

    public IssuedSecretNotice getIssued() {
        return issued;
    }

    public Choice getBrand() {
        return brand;
    }

    public Choice getApp() {
        return app;
    }

    public List<SecretView> getAccessKeys() {
        return accessKeys;
    }

    public List<SecretView> getTokens() {
        return tokens;
    }

    public List<ApiClientView> getClients() {
        return clients;
    }

    public String getKeyLabel() {
        return keyLabel;
    }

    public void setKeyLabel(String keyLabel) {
        this.keyLabel = keyLabel;
    }

    public String getTokenLabel() {
        return tokenLabel;
    }

    public void setTokenLabel(String tokenLabel) {
        this.tokenLabel = tokenLabel;
    }

    public String getClientLabel() {
        return clientLabel;
    }

    public void setClientLabel(String clientLabel) {
        this.clientLabel = clientLabel;
    }

    public String getClientRole() {
        return clientRole;
    }

    public void setClientRole(String clientRole) {
        this.clientRole = clientRole;
    }

    public String getClientTenant() {
        return clientTenant;
    }

    public void setClientTenant(String clientTenant) {
        this.clientTenant = clientTenant;
    }
}
