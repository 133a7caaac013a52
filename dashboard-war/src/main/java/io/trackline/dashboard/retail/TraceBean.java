package io.trackline.dashboard.retail;

import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.api.RetailDashboard;
import io.trackline.dashboard.security.Viewer;
import io.trackline.dashboard.web.Choice;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The decision trace page: one recent auction of a retailer the user manages. */
@Named
@ViewScoped
public class TraceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RetailDashboard console;

    @Inject
    private Viewer viewer;

    private Choice retailer;
    private String auctionGroupId;
    private AuctionTrace trace;

    @PostConstruct
    void load() {
        retailer = RetailerChoice.of(console.retailers(viewer.user()).stream()
                .filter(managed -> console.manages(viewer.user(), managed.id())).toList());
    }

    public void find() {
        trace = console.trace(viewer.user(), retailer.getChosen(), auctionGroupId.strip()).orElse(null);
        if (trace == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "No recent auction " + auctionGroupId.strip() + " of this retailer on this node.", null));
        }
    }

    public String getAuctionGroupId() {
        return auctionGroupId;
    }

    public void setAuctionGroupId(String auctionGroupId) {
        this.auctionGroupId = auctionGroupId;
    }

    public AuctionTrace getTrace() {
        return trace;
    }

    public Choice getRetailer() {
        return retailer;
    }
}
