package io.trackline.dashboard.retail;

import io.trackline.auction.api.RetailDashboard;
import io.trackline.dashboard.security.Viewer;
import io.trackline.retail.api.IssuedSigningKey;
import io.trackline.retail.api.RetailerSettings.SignatureScheme;
import io.trackline.retail.api.RetailerView;
import io.trackline.retail.api.SigningKeyView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The retailers page: the retailers the user may see, and for the one selected, its signing keys and which
 * signatures it accepts. A key issued here is shown once (as the seed's secret text and in its
 * {@code whsec_} form for the Standard Webhooks libraries), in the page that issued it; the list never
 * shows secrets.
 */
@Named
@ViewScoped
public class RetailersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RetailDashboard console;

    @Inject
    private Viewer viewer;

    private List<RetailerView> retailers;
    private RetailerView selected;
    private List<SigningKeyView> keys = List.of();
    private String issuedSecret;
    private String issuedWebhookSecret;
    private String signatureScheme;

    @NotBlank
    @Size(max = 100)
    private String newKeyLabel;

    @PostConstruct
    void load() {
        retailers = console.retailers(viewer.user());
        if (retailers.size() == 1) {
            select(retailers.get(0));
        }
    }

    public void select(RetailerView retailer) {
        selected = retailer;
        issuedSecret = null;
        issuedWebhookSecret = null;
        signatureScheme = retailer.signatureScheme();
        keys = console.manages(viewer.user(), retailer.id()) ? console.keys(viewer.user(), retailer.id()) : List.of();
    }

    public void issueKey() {
        IssuedSigningKey issued = console.issueKey(viewer.user(), selected.id(), newKeyLabel.strip());
        issuedSecret = issued.secret();
        issuedWebhookSecret = issued.webhookSecret();
        newKeyLabel = null;
        keys = console.keys(viewer.user(), selected.id());
    }

    public void revokeKey(SigningKeyView key) {
        console.revokeKey(viewer.user(), selected.id(), key.id());
        keys = console.keys(viewer.user(), selected.id());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "Key \u201c" + key.label() + "\u201d is revoked: it signs nothing from now on.", null));
    }

    /** Forgets the secret once the user has taken it: it cannot be shown again. */
    public void secretTaken() {
        issuedSecret = null;
        issuedWebhookSecret = null;
    }

    /** Saves which signatures the selected retailer accepts: either, or Standard Webhooks only. */
    public void saveSignatureScheme() {
        SignatureScheme scheme = SignatureScheme.ofWireName(signatureScheme);
        selected = console.acceptSignatures(viewer.user(), selected.id(), scheme);
        retailers = retailers.stream().map(retailer -> retailer.id() == selected.id() ? selected : retailer).toList();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                selected.name() + " now accepts " + (scheme == SignatureScheme.ANY
                        ? "X-STREAEM-HASH or Standard Webhooks signatures."
                        : "Standard Webhooks signatures only: X-STREAEM-HASH requests are refused."), null));
    }

    /** How the retailers list names a scheme, shortly (the menu says it in full). */
    public String schemeLabel(String wireName) {
        return SignatureScheme.ofWireName(wireName) == SignatureScheme.ANY ? "either" : "Standard Webhooks only";
    }

    public List<RetailerView> getRetailers() {
        return retailers;
    }

    public RetailerView getSelected() {
        return selected;
    }

    public List<SigningKeyView> getKeys() {
        return keys;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getIssuedWebhookSecret() {
        return issuedWebhookSecret;
    }

    public String getSignatureScheme() {
        return signatureScheme;
    }

    public void setSignatureScheme(String signatureScheme) {
        this.signatureScheme = signatureScheme;
    }

    public String getNewKeyLabel() {
        return newKeyLabel;
    }

    public void setNewKeyLabel(String newKeyLabel) {
        this.newKeyLabel = newKeyLabel;
    }

    public boolean isManaged() {
        return selected != null && console.manages(viewer.user(), selected.id());
    }
}
