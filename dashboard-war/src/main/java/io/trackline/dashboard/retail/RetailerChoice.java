package io.trackline.dashboard.retail;

import io.trackline.retail.api.RetailerView;
import java.io.Serializable;
import java.util.List;

/** The retailers a page offers the user, and the one chosen: the first, to begin with. */
public final class RetailerChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<RetailerView> retailers;
    private Long retailerId;

    RetailerChoice(List<RetailerView> retailers) {
        this.retailers = List.copyOf(retailers);
        this.retailerId = retailers.isEmpty() ? null : retailers.get(0).id();
    }

    boolean isEmpty() {
        return retailers.isEmpty();
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
}
