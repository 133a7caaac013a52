package io.trackline.dashboard.retail;

import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.application.RetailConsole;
import io.trackline.dashboard.security.Viewer;
import io.trackline.retail.api.RetailerView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The decision trace page: one recent auction of a retailer the user manages. */
@Named
@ViewScoped
public class TraceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RetailConsole console;

    @Inject
    private Viewer viewer;

    private List<RetailerView> retailers;
    private Long retailerId;
    private String auctionGroupId;
    private AuctionTrace trace;

    @PostConstruct
    void load() {
        retailers = console.retailers(viewer.user()).stream()
                .filter(retailer -> console.manages(viewer.user(), retailer.id())).toList();
        if (!retailers.isEmpty()) {
            retailerId = retailers.get(0).id();
        }
    }

    public void find() {
        trace = console.trace(viewer.user(), retailerId, auctionGroupId.strip()).orElse(null);
        if (trace == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "No recent auction " + auctionGroupId.strip() + " of this retailer on this node.", null));
        }
    }

    public List<RetailerView> getRetailers() {
        return retailers;
    }

    public Long getRetailerId() {
        return retailerId;
    }

    public void setRetailerId(Long retailerId) {
        this.retailerId = retailerId;
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
}
