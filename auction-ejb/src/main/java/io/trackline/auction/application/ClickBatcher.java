package io.trackline.auction.application;

import io.trackline.auction.api.ClickReceipt;
import io.trackline.auction.domain.PendingClick;
import io.trackline.platform.application.Batcher;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Group commit for retail clicks: a transaction of a few statements for many clicks ({@link ClickWriter}). */
@ApplicationScoped
public class ClickBatcher extends Batcher<PendingClick, ClickReceipt> {

    @EJB
    private ClickWriter writer;

    @Override
    protected String name() {
        return "retail-click";
    }

    @Override
    protected List<ClickReceipt> write(List<PendingClick> batch) {
        return writer.write(batch);
    }
}
