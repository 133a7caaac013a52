package io.trackline.mmp.api;

import java.util.concurrent.CompletionStage;

/** The way in for an app's server-to-server event: attributed, then answered once it is committed. */
public interface EventRecorder {

    /** Records it within the ingestion deadline: committed, or 503 by then. */
    CompletionStage<EventOutcome> record(S2SEventCommand command);
}
