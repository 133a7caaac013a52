package io.trackline.dashboard.retail;

import io.trackline.auction.api.RetailDashboard;
import io.trackline.dashboard.security.Viewer;
import io.trackline.dashboard.web.Choice;
import io.trackline.dashboard.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The catalog page: a retailer's products as its feed sent them, searched by product id or name. */
@Named
@ViewScoped
public class CatalogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RetailDashboard console;

    @Inject
    Viewer viewer;

    private Choice retailer;
    private String search;
    private RetailDashboard.Catalog catalog;

    @PostConstruct
    void load() {
        retailer = RetailerChoice.of(console.retailers(viewer.user()));
        if (retailer.isOffered()) {
            find();
        }
    }

    public void find() {
        Messages.attempt(() -> catalog = console.catalog(viewer.user(), retailer.getChosen(), search));
    }

    public Choice getRetailer() {
        return retailer;
    }

    public RetailDashboard.Catalog getCatalog() {
        return catalog;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
