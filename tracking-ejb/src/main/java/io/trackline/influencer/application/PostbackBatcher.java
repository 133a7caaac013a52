package io.trackline.influencer.application;

import io.trackline.influencer.api.PostbackReceipt;
import io.trackline.influencer.domain.PendingPostback;
import io.trackline.platform.application.Batcher;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Group commit for postbacks ({@link PostbackService}): one busy influencer's total is updated once per
 * batch instead of once per postback.
 */
@ApplicationScoped
public class PostbackBatcher extends Batcher<PendingPostback, PostbackReceipt> {

    @EJB
    private PostbackService writer;

    @Override
    protected String name() {
        return "postback";
    }

    @Override
    protected List<PostbackReceipt> write(List<PendingPostback> batch) {
        return writer.write(batch);
    }
}
