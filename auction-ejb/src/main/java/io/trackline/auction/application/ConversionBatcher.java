package io.trackline.auction.application;

import io.trackline.auction.api.ConversionReceipt;
import io.trackline.auction.domain.PendingConversion;
import io.trackline.platform.application.Batcher;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Group commit for add-to-carts and purchases ({@link ConversionWriter}). */
@ApplicationScoped
public class ConversionBatcher extends Batcher<PendingConversion, ConversionReceipt> {

    @EJB
    private ConversionWriter writer;

    @Override
    protected String name() {
        return "retail-conversion";
    }

    @Override
    protected List<ConversionReceipt> write(List<PendingConversion> batch) {
        return writer.write(batch);
    }
}
