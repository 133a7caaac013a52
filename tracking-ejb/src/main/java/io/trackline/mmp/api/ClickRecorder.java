package io.trackline.mmp.api;

/** Records a click, one transaction each, and answers its unguessable id. */
public interface ClickRecorder {

    ClickReceipt record(ClickCommand command);
}
