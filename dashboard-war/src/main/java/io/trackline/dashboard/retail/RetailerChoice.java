package io.trackline.dashboard.retail;

import io.trackline.dashboard.web.Choice;
import io.trackline.retail.api.RetailerView;
import java.util.List;

/** The retailers a page offers, named with their ids (which partners' requests carry). */
final class RetailerChoice {

    private RetailerChoice() {
    }

    static Choice of(List<RetailerView> retailers) {
        return Choice.of(retailers, RetailerView::id, retailer -> retailer.name() + " (" + retailer.id() + ")");
    }
}
