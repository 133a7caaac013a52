package io.trackline.influencer.api;

import java.util.concurrent.CompletionStage;

/**
 * The way in for a partner's postback: it is answered once it is committed, or refused (503) by the
 * ingestion deadline.
 */
public interface PostbackRecorder {

    /** Records it within the ingestion deadline: committed, or 503 by then. */
    CompletionStage<PostbackOutcome> record(PostbackCommand command);
}
