package io.trackline.mmp.application;

import io.trackline.mmp.domain.PendingEvent;
import io.trackline.platform.application.Batcher;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Group commit for S2S events ({@link EventService}). */
@ApplicationScoped
public class EventBatcher extends Batcher<PendingEvent, WrittenEvent> {

    @EJB
    private EventService writer;

    @Override
    protected String name() {
        return "S2S event";
    }

    @Override
    protected List<WrittenEvent> write(List<PendingEvent> batch) {
        return writer.write(batch);
    }
}
